// a word splitter that moves the current word into the list and then reads its length
fn split_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut longest = 0;
    for c in text.chars() {
        if c == ' ' || c == ',' {
            if !current.is_empty() {
                words.push(current);
                if current.len() > longest {
                    longest = current.len();
                }
                current = String::new();
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    println!("longest word has {} chars", longest);
    words
}

fn main() {
    let words = split_words("red, green blue,,violet");
    for (i, w) in words.iter().enumerate() {
        println!("{}: {}", i, w);
    }
    let total: usize = words.iter().map(|w| w.len()).sum();
    println!("{} words, {} letters", words.len(), total);
}
