struct View<'a> { s: &'a str }
fn f<'a, 'b>(v: View<'a, 'b>) {}
fn main() {}
