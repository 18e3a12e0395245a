// `&dyn Fn(&'a str, &'a str) -> &'a str` with the caller's `'a`: a local cannot be passed.
fn longest<'a>(f: &dyn Fn(&'a str, &'a str) -> &'a str, a: &'a str) -> &'a str {
    let local = String::from("zzz");
    f(a, &local)
}
fn main() {
    println!("{}", longest(&|x, y| if x > y { x } else { y }, "a"));
}
