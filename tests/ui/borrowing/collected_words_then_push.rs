// borrowing: collected &str pieces of a String used after mutating it
fn main() {
    let mut s = String::from("a b c");
    let words: Vec<&str> = s.split(' ').collect();
    s.push('d');
    println!("{:?}", words);
}
