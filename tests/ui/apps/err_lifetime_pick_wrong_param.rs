// rejected "lifetime may not live long enough": fn with two unrelated lifetimes returns the one not in its signature
struct Parser<'src> {
    input: &'src str,
    pos: usize,
}

impl<'src> Parser<'src> {
    fn new(input: &'src str) -> Self {
        Parser { input, pos: 0 }
    }

    fn next_word<'a>(&'a mut self) -> Option<&'src str> {
        let rest = &self.input[self.pos..];
        let rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let start = self.input.len() - rest.len();
        let end = rest.find(' ').map(|i| start + i).unwrap_or(self.input.len());
        self.pos = end;
        Some(&self.input[start..end])
    }

    fn remaining(&self) -> &'src str {
        let r: &str = &self.input[self.pos..];
        r
    }
}

fn longest_word<'s>(p: &mut Parser<'s>) -> &'s str {
    let mut best = "";
    while let Some(w) = p.next_word() {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn pick<'a, 'b>(first: &'a str, second: &'b str, take_first: bool) -> &'a str {
    if take_first { first } else { second }
}

fn main() {
    let text = String::from("borrow checking  is mostly about lifetimes");
    let mut p = Parser::new(&text);
    println!("first: {:?}", p.next_word());
    println!("rest: {:?}", p.remaining());
    println!("longest: {}", longest_word(&mut p));
    println!("{}", pick("a", "b", false));
}
