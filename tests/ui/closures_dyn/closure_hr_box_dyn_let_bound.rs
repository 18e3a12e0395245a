// A let-bound `|s| s` boxed later as `dyn Fn(&str) -> &str` is not general enough.
fn main() {
    let f = |s| s;
    let b: Box<dyn Fn(&str) -> &str> = Box::new(f);
    println!("{}", b("x"));
}
