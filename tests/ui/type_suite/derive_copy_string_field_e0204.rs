#[derive(Debug, Clone, Copy)]
enum Token {
    Num(i64),
    Word(String),
}
fn main() {
    let t = Token::Num(3);
    println!("{:?}", t);
}
