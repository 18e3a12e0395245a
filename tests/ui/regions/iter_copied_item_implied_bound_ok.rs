// regions: `&'a [&str]` implies the inner lifetime outlives `'a`: its copied items may be returned as `&'a str`
fn pick<'a>(xs: &'a [&str]) -> &'a str {
    xs.iter().copied().max().unwrap_or("")
}
fn main() {
    println!("{}", pick(&["a"]));
}
