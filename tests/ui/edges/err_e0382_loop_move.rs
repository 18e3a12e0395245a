// moving a value inside a loop body moves it again on the next iteration
fn consume(s: String) -> usize { s.len() }
fn main() {
    let s = String::from("abc");
    let mut total = 0;
    for _ in 0..2 {
        total += consume(s);
    }
    println!("{}", total);
}
