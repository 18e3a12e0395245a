// lifetimes: a closure pushes a `&'b str` into a captured `Vec<&'a str>`: the creator needs `'b: 'a`
fn store<'a>(v: &mut Vec<&'a str>, s: &'a str) {
    let mut f = |x: &'a str| v.push(x);
    f(s);
}
fn bad<'a, 'b>(v: &mut Vec<&'a str>, s: &'b str) {
    let mut f = || v.push(s);
    f();
}
fn main() {}
