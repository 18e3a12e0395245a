// A stored closure passed to a method whose bound is higher-ranked: not general enough.
struct Runner;
impl Runner {
    fn go<F: Fn(&i32) -> &i32>(&self, f: F) -> i32 { let v = 3; *f(&v) }
}
fn main() {
    let f = |x| x;
    println!("{}", Runner.go(f));
}
