// moving a by-value binding inside a guard is not allowed
fn take(s: String) -> bool { s.is_empty() }
fn main() {
    let o = Some(String::from("abc"));
    match o {
        Some(s) if take(s) => println!("empty"),
        _ => println!("else"),
    }
}
