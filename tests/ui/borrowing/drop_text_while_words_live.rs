// borrowing: dropping a String while words split from it are used
fn main() {
    let text = String::from("one two");
    let mut words = Vec::new();
    for w in text.split_whitespace() { words.push(w); }
    drop(text);
    println!("{:?}", words);
}
