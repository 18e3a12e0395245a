// let-else binding an owned value, diverging else
fn parse(s: &str) -> Option<i32> { s.parse().ok() }
fn main() {
    for s in ["1", "x", "3"] {
        let Some(n) = parse(s) else { println!("skip {}", s); continue };
        println!("{}", n * 2);
    }
}
