// moving inside a loop is fine when reassigned before the next iteration
fn eat(s: String) -> usize { s.len() }
fn main() {
    let mut s = String::from("x");
    let mut total = 0;
    for i in 0..3 {
        total += eat(s);
        s = "y".repeat(i + 1);
    }
    println!("{} {}", total, s);
}
