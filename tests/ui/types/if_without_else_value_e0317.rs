fn sign(n: i32) -> i32 {
    let s = if n > 0 { 1 };
    s
}
fn main() {
    println!("{}", sign(3));
}
