// Boxed and pointer signatures with elided lifetimes passed through functions and called.
fn make<'a>(s: &'a str) -> Box<dyn Fn(&str) -> bool + 'a> {
    Box::new(move |x| x == s)
}
fn outer(s: &str) -> Box<dyn Fn(&str) -> bool + '_> {
    make(s)
}
fn pass(f: fn(&str) -> &str, s: &str) -> fn(&str) -> &str {
    let _ = f(s);
    f
}
fn keep(v: Vec<Box<dyn Fn(&str) -> &str>>) -> Vec<Box<dyn Fn(&str) -> &str>> {
    v.into_iter().rev().collect()
}
fn main() {
    let o = String::from("a");
    let f = outer(&o);
    let t = String::from(" t ");
    let g = pass(str::trim, &t);
    let k = keep(vec![Box::new(|s: &str| s.trim_start())]);
    println!("{} [{}] [{}]", f("a"), g(&t), k[0](&t));
}
