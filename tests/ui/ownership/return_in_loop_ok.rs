// ownership: returning a moved value from inside a loop is fine
fn pick(words: Vec<String>, min: usize) -> Option<String> {
    for w in words {
        if w.len() >= min {
            return Some(w);
        }
    }
    None
}

fn main() {
    let v = vec![String::from("ab"), String::from("abcd")];
    println!("{:?}", pick(v, 3));
}
