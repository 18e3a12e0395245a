fn classify(n: i32) -> &'static str {
    match n % 3 {
        0 => "zero",
        1 | -1 => "one",
        2 | -2 => "two",
        r => unreachable!("remainder {} of {}", r, n),
    }
}
fn main() {
    println!("{}", classify(4));
    println!("{}", classify(-5));
    let k = std::env::args().count() as i32;
    if k == 1 {
        unreachable!();
    }
}
