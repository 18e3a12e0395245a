// a tokenizer for arithmetic expressions using a peekable char iterator and an enum of tokens
#[derive(Debug, PartialEq)]
enum Token {
    Num(i64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
}

fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = src.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c.is_ascii_digit() {
            let mut n = 0i64;
            while let Some(&d) = chars.peek() {
                if let Some(v) = d.to_digit(10) {
                    n = n * 10 + v as i64;
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token::Num(n));
        } else if c.is_alphabetic() {
            let mut name = String::new();
            while let Some(&d) = chars.peek() {
                if d.is_alphanumeric() || d == '_' {
                    name.push(d);
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token::Ident(name));
        } else if "+-*/".contains(c) {
            tokens.push(Token::Op(c));
            chars.next();
        } else if c == '(' {
            tokens.push(Token::LParen);
            chars.next();
        } else if c == ')' {
            tokens.push(Token::RParen);
            chars.next();
        } else {
            return Err(format!("unexpected {:?}", c));
        }
    }
    Ok(tokens)
}

fn main() {
    let inputs = ["12 + x_1 * (3 - 40)", "rate*2", "7 $ 2"];
    for input in inputs {
        match tokenize(input) {
            Ok(tokens) => {
                let ops = tokens.iter().filter(|t| matches!(t, Token::Op(_))).count();
                println!("{} tokens, {} operators: {:?}", tokens.len(), ops, tokens);
            }
            Err(e) => println!("error in {:?}: {}", input, e),
        }
    }
}
