// A non-move closure returning a borrow of its capture, used while the capture lives.
fn main() {
    let words = vec!["x".to_string(), "yy".to_string()];
    let longest = || words.iter().max_by_key(|w| w.len()).unwrap();
    let w = longest();
    println!("{} {}", w, words.len());
}
