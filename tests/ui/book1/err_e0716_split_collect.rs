// slices: collecting &str pieces of a String temporary that dies at the end of the statement
fn main() {
    let words: Vec<&str> = String::from("red green blue").split(' ').collect();
    for w in &words {
        println!("{w}");
    }
}
