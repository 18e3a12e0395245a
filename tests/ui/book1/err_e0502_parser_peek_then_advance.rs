// lifetimes: peek() borrows the parser (elided), so advancing it while the peeked text is used fails
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn next_word(&mut self) -> &'a str {
        let rest = &self.input[self.pos..];
        let end = rest.find(' ').unwrap_or(rest.len());
        self.pos = (self.pos + end + 1).min(self.input.len());
        &rest[..end]
    }

    fn peek(&self) -> &str {
        &self.input[self.pos..]
    }
}

fn main() {
    let text = String::from("one two three");
    let mut p = Parser { input: &text, pos: 0 };
    let a = p.next_word();
    let b = p.next_word();
    println!("{a} {b} [{}]", p.peek());
    let upcoming = p.peek();
    let c = p.next_word();
    println!("{upcoming} {c}");
}
