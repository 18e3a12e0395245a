fn pick(left: &str, right: &str) -> &str {
    if left.len() > right.len() { left } else { right }
}

fn main() {
    println!("{}", pick("ab", "c"));
}
