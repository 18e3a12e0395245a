// as_mut needs a mutable binding
fn main() {
    let o = Some(3);
    if let Some(x) = o.as_mut() { *x += 1; }
    println!("{:?}", o);
}
