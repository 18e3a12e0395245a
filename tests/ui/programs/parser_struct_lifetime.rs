// a zero-copy key=value parser struct holding &'a str into its input and returning slices that outlive it
#[derive(Debug)]
struct Pair<'a> {
    key: &'a str,
    value: &'a str,
}

struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self {
        Parser { input, pos: 0 }
    }

    fn skip_separators(&mut self) {
        while self.pos < self.input.len() && matches!(self.input.as_bytes()[self.pos], b';' | b' ') {
            self.pos += 1;
        }
    }

    fn word(&mut self, stop: &[u8]) -> &'a str {
        let start = self.pos;
        while self.pos < self.input.len() && !stop.contains(&self.input.as_bytes()[self.pos]) {
            self.pos += 1;
        }
        &self.input[start..self.pos]
    }

    fn next_pair(&mut self) -> Option<Pair<'a>> {
        self.skip_separators();
        if self.pos >= self.input.len() {
            return None;
        }
        let key = self.word(b"=;");
        let value = if self.input[self.pos..].starts_with('=') {
            self.pos += 1;
            self.word(b";")
        } else {
            ""
        };
        Some(Pair { key: key.trim(), value: value.trim() })
    }
}

fn parse_all(text: &str) -> Vec<Pair<'_>> {
    let mut p = Parser::new(text);
    let mut out = Vec::new();
    while let Some(pair) = p.next_pair() {
        out.push(pair);
    }
    out
}

fn main() {
    let cookie = String::from("session=abc123; theme = dark;secure; lang=en");
    let pairs = parse_all(&cookie);
    for p in &pairs {
        println!("{:>8} => {:?}", p.key, p.value);
    }
    let flags: Vec<&str> = pairs.iter().filter(|p| p.value.is_empty()).map(|p| p.key).collect();
    println!("flags: {:?}", flags);
    let theme = pairs.iter().find(|p| p.key == "theme").map(|p| p.value);
    drop(pairs);
    println!("theme still readable: {:?}", theme);
}
