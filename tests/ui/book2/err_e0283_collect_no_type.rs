// iterators: collect without any type to collect into
fn main() {
    let words = ["a", "bb", "ccc"];
    let lengths = words.iter().map(|w| w.len()).collect();
    println!("{:?}", lengths);
}
