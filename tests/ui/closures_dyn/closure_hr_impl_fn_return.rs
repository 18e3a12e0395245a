// Returning a let-bound `|s| s` as `impl Fn(&str) -> &str` is not general enough.
fn make() -> impl Fn(&str) -> &str {
    let f = |s| s;
    f
}
fn main() {
    println!("{}", make()("x"));
}
