// ownership: a closure borrows a String that was already moved away
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let name = String::from("ferris");
    let n = consume(name);
    let shout = || name.to_uppercase();
    println!("{} {}", n, shout());
}
