// A `for<'a> Fn(&'a str) -> &'a str` closure returning a borrow of a capture instead of its argument.
fn apply<F: for<'a> Fn(&'a str) -> &'a str>(f: F) -> usize {
    let s = String::from("arg");
    f(&s).len()
}
fn main() {
    let outer = String::from("outer");
    println!("{}", apply(|_s| outer.as_str()));
}
