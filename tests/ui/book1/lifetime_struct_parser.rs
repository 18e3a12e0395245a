// lifetimes: a tokenizer struct borrowing its input, returning slices tied to the input
#[derive(Debug)]
struct Tokens<'src> {
    rest: &'src str,
}

impl<'src> Tokens<'src> {
    fn new(src: &'src str) -> Self {
        Tokens { rest: src }
    }

    fn next_token(&mut self) -> Option<&'src str> {
        let trimmed = self.rest.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let end = trimmed.find(' ').unwrap_or(trimmed.len());
        let (tok, rest) = trimmed.split_at(end);
        self.rest = rest;
        Some(tok)
    }
}

fn collect_all(src: &str) -> Vec<&str> {
    let mut t = Tokens::new(src);
    let mut out = Vec::new();
    while let Some(tok) = t.next_token() {
        out.push(tok);
    }
    out
}

fn main() {
    let input = String::from("  let x =  42 ;");
    let toks = collect_all(&input);
    println!("{:?}", toks);
    let mut t = Tokens::new(&input);
    let a = t.next_token();
    let b = t.next_token();
    println!("{:?} {:?} {:?}", a, b, t);
    println!("{}", toks.len());
}
