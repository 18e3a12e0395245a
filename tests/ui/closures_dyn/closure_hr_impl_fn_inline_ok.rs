// Returned where written, `|s| s` takes the signature of `impl Fn(&str) -> &str`.
fn make() -> impl Fn(&str) -> &str {
    |s| s
}
fn main() {
    println!("{}", make()("x"));
}
