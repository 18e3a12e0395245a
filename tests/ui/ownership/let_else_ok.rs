// ownership: let-else binds the payload or leaves the function
fn first_word(line: &str) -> String {
    let Some(word) = line.split_whitespace().next() else {
        return String::from("<blank>");
    };
    word.to_string()
}

fn main() {
    println!("{}", first_word("hello there"));
    println!("{}", first_word("   "));
}
