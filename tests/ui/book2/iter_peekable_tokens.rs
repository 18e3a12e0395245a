// iterators: a tokenizer driven by Peekable<Chars> with next_if and peek
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, PartialEq)]
enum Token {
    Num(i64),
    Ident(String),
    Op(char),
}

fn number(chars: &mut Peekable<Chars>) -> i64 {
    let mut n = 0;
    while let Some(d) = chars.next_if(|c| c.is_ascii_digit()) {
        n = n * 10 + d.to_digit(10).unwrap() as i64;
    }
    n
}

fn tokenize(src: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = src.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c.is_ascii_digit() {
            out.push(Token::Num(number(&mut chars)));
        } else if c.is_alphabetic() {
            let mut name = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_alphanumeric() || c == '_' {
                    name.push(c);
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Token::Ident(name));
        } else {
            out.push(Token::Op(c));
            chars.next();
        }
    }
    out
}

fn main() {
    let toks = tokenize("total = price_1 * 12 + 305");
    for t in &toks {
        println!("{:?}", t);
    }
    let ops = toks.iter().filter(|t| matches!(t, Token::Op(_))).count();
    println!("{} tokens, {} operators", toks.len(), ops);
    println!("{}", toks[4] == Token::Num(12));

    let mut grouped = Vec::new();
    let mut it = [1, 1, 2, 3, 3, 3, 1].into_iter().peekable();
    while let Some(x) = it.next() {
        let mut run = 1;
        while it.peek() == Some(&x) {
            it.next();
            run += 1;
        }
        grouped.push((x, run));
    }
    println!("{:?}", grouped);
}
