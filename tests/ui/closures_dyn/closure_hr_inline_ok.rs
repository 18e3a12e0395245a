// Written at the call, the closure's signature comes from the bound: `|s| s` is `for<'a> Fn(&'a str) -> &'a str`.
fn apply<F: Fn(&str) -> &str>(f: F) -> usize { f("abc").len() }
fn main() {
    println!("{}", apply(|s| s));
}
