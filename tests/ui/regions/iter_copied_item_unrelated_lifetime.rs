// regions: the copied items of one slice do not have the lifetime of another parameter
fn first<'a, 'b>(xs: &[&'a str], ys: &[&'b str]) -> Option<&'a str> {
    if xs.is_empty() { ys.iter().copied().next() } else { xs.iter().copied().next() }
}
fn main() {
    println!("{:?}", first(&[], &["b"]));
}
