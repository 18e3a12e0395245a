// regions: `and_then(|v| v.first().copied())` over another parameter's items does not give `'a`
fn h<'a, 'b>(vs: &[Vec<&'a str>], other: &[Vec<&'b str>]) -> Option<&'a str> {
    if vs.is_empty() { other.iter().next().and_then(|v| v.first().copied()) } else { None }
}
fn main() {
    println!("{:?}", h(&[], &[vec!["y"]]));
}
