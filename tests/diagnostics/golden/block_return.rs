fn longest_word(text: &str) -> &String {
    let words: Vec<String> = text.split(' ').map(String::from).collect();
    let best = words.iter().max_by_key(|w| w.len()).unwrap();
    best
}

fn main() {
    println!("{}", longest_word("a bb ccc"));
}
