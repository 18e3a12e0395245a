fn label(n: u32) -> String {
    if n > 3 { "big" } else { String::from("small") }
}
fn main() { println!("{}", label(4)); }
