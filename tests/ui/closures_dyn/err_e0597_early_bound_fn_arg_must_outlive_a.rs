// `F: Fn(&'a str) -> &'a str` with the caller's `'a`: a local cannot be passed to `f`.
fn pick<'a, F: Fn(&'a str) -> &'a str>(f: F) -> &'a str {
    let s = String::from("local");
    f(&s)
}
fn main() { println!("{}", pick(|x| x)); }
