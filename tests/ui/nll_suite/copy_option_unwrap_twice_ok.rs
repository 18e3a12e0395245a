// Option<i32> is Copy, unwrap can repeat
fn main() {
    let o = Some(7);
    let a = o.unwrap();
    let b = o.unwrap();
    let r = Some(&a);
    println!("{} {} {}", a, b, r.unwrap() + r.unwrap());
}
