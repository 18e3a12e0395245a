// hand-written tokenizer with chars().peekable(), enum tokens, recursive-descent calculator
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Op(char),
    LParen,
    RParen,
}

fn tokenize(src: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let mut chars = src.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' => {
                chars.next();
            }
            '0'..='9' | '.' => {
                let mut s = String::new();
                while let Some(&d) = chars.peek() {
                    if d.is_ascii_digit() || d == '.' {
                        s.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(Tok::Num(s.parse().map_err(|_| format!("bad number {}", s))?));
            }
            '+' | '-' | '*' | '/' => {
                out.push(Tok::Op(c));
                chars.next();
            }
            '(' => { out.push(Tok::LParen); chars.next(); }
            ')' => { out.push(Tok::RParen); chars.next(); }
            other => return Err(format!("unexpected '{}'", other)),
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn expr(&mut self) -> f64 {
        let mut v = self.term();
        while let Some(Tok::Op(op)) = self.peek().cloned() {
            if op != '+' && op != '-' { break; }
            self.pos += 1;
            let r = self.term();
            v = if op == '+' { v + r } else { v - r };
        }
        v
    }
    fn term(&mut self) -> f64 {
        let mut v = self.atom();
        while let Some(&Tok::Op(op)) = self.peek() {
            if op != '*' && op != '/' { break; }
            self.pos += 1;
            let r = self.atom();
            v = if op == '*' { v * r } else { v / r };
        }
        v
    }
    fn atom(&mut self) -> f64 {
        let t = self.toks[self.pos].clone();
        self.pos += 1;
        match t {
            Tok::Num(n) => n,
            Tok::Op('-') => -self.atom(),
            Tok::LParen => {
                let v = self.expr();
                self.pos += 1;
                v
            }
            _ => f64::NAN,
        }
    }
}

fn main() {
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - -1", "2 * (3 + 4) * .5", "7 $ 2", "1.2.3"] {
        match tokenize(src) {
            Ok(toks) => {
                let n = toks.len();
                let mut p = Parser { toks, pos: 0 };
                println!("{} => {} ({} tokens)", src, p.expr(), n);
            }
            Err(e) => println!("{} => error: {}", src, e),
        }
    }
}
