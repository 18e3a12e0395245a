// assigning to a String that a Vec of &str still borrows
fn main() {
    let mut s = String::from("a b");
    let words: Vec<&str> = s.split(' ').collect();
    s = String::new();
    println!("{:?} {}", words, s);
}
