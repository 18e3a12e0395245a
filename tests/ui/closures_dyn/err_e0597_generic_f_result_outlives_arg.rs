// Inside the generic function, `f(&s)` of `F: Fn(&str) -> &str` borrows `s`.
fn run<F: Fn(&str) -> &str>(f: F) -> usize {
    let r;
    {
        let s = String::from("abc");
        r = f(&s);
    }
    r.len()
}
fn main() {
    println!("{}", run(|s| s));
}
