fn first_word(text: &str) -> Vec<&str> {
    let owned = text.to_string();
    owned
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect()
}

fn main() {
    println!("{:?}", first_word("a b"));
}
