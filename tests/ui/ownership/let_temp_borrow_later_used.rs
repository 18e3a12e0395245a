// The temporary borrowed by a `let` initializer dies at the end of the statement; the
// later use is the print, not the binding.
fn first_word(s: &String) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let word: &str = first_word(&String::from("hello world"));
    let count = 3;
    println!("{word} x{count}");
}
