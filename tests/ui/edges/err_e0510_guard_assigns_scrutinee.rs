// a match guard may not assign to the matched place
fn main() {
    let mut x = Some(3);
    let r = match x {
        None => 0,
        Some(_) if { x = None; false } => 1,
        Some(n) => n,
    };
    println!("{}", r);
}
