struct S;
impl S { fn take(&self, n: u32) -> u32 { n } }
fn main() {
    let s = S;
    println!("{}", s.take("x"));
}
