// lifetimes: a function returns two slices of its argument
fn split_first(s: &str) -> (&str, &str) {
    match s.find(' ') { Some(i) => (&s[..i], &s[i + 1..]), None => (s, "") }
}
fn main() {
    let text = String::from("ab cd");
    let (a, b) = split_first(&text);
    println!("{} {}", a, b);
}
