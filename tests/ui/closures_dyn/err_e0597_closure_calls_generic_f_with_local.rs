// Inside a closure, calling the enclosing fn's `F: Fn(&str) -> &str` ties the result to the local argument.
fn outer<F: Fn(&str) -> &str>(f: F) -> usize {
    let g = |x: &str| -> usize {
        let r;
        {
            let s = x.to_string();
            r = f(&s);
        }
        r.len()
    };
    g("a")
}
fn main() { println!("{}", outer(|s| s)); }
