// The result of `&dyn Fn(&str) -> &str` has the argument's lifetime `'a` and can be stored.
fn keep<'a>(store: &mut Vec<&'a str>, f: &dyn Fn(&str) -> &str, s: &'a str) {
    store.push(f(s));
}
fn main() { let mut v = Vec::new(); keep(&mut v, &|s| s, "q"); println!("{:?}", v); }
