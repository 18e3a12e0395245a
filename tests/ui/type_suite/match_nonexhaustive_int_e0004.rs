fn name(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1..=9 => "small",
    }
}
fn main() {
    println!("{}", name(3));
}
