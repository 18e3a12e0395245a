// an enum variant holding a reference needs a lifetime
enum Token { Word(&str), End }
fn main() {
    let t = Token::Word("w");
    if let Token::Word(w) = t { println!("{}", w); }
}
