// moving inside a loop is fine when the loop always breaks right after
fn consume(s: String) -> usize { s.len() }
fn main() {
    let s = String::from("abc");
    let mut total = 0;
    loop {
        total += consume(s);
        break;
    }
    println!("{}", total);
}
