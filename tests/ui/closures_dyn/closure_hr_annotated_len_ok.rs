// An annotated `&str` parameter is higher-ranked, so the closure satisfies `for<'a> Fn(&'a str) -> usize`.
fn apply<F: Fn(&str) -> usize>(f: F) -> usize { let s = String::from("hello"); f(&s) }
fn main() {
    let f = |s: &str| s.len();
    println!("{}", apply(f));
}
