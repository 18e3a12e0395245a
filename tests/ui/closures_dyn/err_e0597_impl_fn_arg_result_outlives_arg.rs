// `f: impl Fn(&str) -> &str` in argument position, its result returned with the argument's lifetime.
fn apply<'a>(f: impl Fn(&str) -> &str, s: &'a str) -> &'a str {
    f(s)
}
fn main() {
    let r;
    {
        let s = String::from("q");
        r = apply(|x| x.trim(), &s);
    }
    println!("{}", r);
}
