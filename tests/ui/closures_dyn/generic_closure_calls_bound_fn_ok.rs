// A closure inside a generic function calls the `F: Fn(&str) -> &str` parameter.
fn run<F: Fn(&str) -> &str>(f: F) -> usize {
    let c = |x: &String| f(x).len();
    let s = String::from("abc");
    c(&s)
}
fn main() {
    println!("{}", run(|s| &s[1..]));
}
