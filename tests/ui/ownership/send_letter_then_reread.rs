// ownership: a String handed to a function is read again afterwards
fn post(letter: String) {
    println!("posting {} bytes", letter.len());
}

fn main() {
    let letter = String::from("dear reader");
    post(letter);
    println!("{}", letter);
}
