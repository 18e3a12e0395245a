// Lifetimes in practice: a struct borrowing its input (a line cursor), functions returning
// one of their inputs, an iterator yielding &str slices of a source, and 'static data.
#[derive(Debug)]
struct Record<'a> {
    key: &'a str,
    fields: Vec<&'a str>,
}

struct Cursor<'src> {
    rest: &'src str,
    line: usize,
}

impl<'src> Cursor<'src> {
    fn new(src: &'src str) -> Self {
        Cursor { rest: src, line: 0 }
    }
    fn next_record(&mut self) -> Option<Record<'src>> {
        loop {
            if self.rest.is_empty() {
                return None;
            }
            let (line, rest) = match self.rest.find('\n') {
                Some(i) => (&self.rest[..i], &self.rest[i + 1..]),
                None => (self.rest, ""),
            };
            self.rest = rest;
            self.line += 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split('|').map(str::trim);
            let key = parts.next()?;
            return Some(Record { key, fields: parts.collect() });
        }
    }
}

impl<'src> Iterator for Cursor<'src> {
    type Item = Record<'src>;
    fn next(&mut self) -> Option<Record<'src>> {
        self.next_record()
    }
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if b.len() > a.len() { b } else { a }
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn pick<'a, T>(items: &'a [T], pred: impl Fn(&T) -> bool) -> Vec<&'a T> {
    items.iter().filter(|x| pred(x)).collect()
}

struct Highlighter<'t> {
    text: &'t str,
}

impl<'t> Highlighter<'t> {
    fn around(&self, word: &str) -> Option<(&'t str, &'t str, &'t str)> {
        let i = self.text.find(word)?;
        Some((&self.text[..i], &self.text[i..i + word.len()], &self.text[i + word.len()..]))
    }
}

static UNITS: [(&str, u64); 4] = [("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30), ("TiB", 1 << 40)];

fn human(n: u64) -> String {
    let mut best: Option<&(&str, u64)> = None;
    for u in UNITS.iter() {
        if n >= u.1 {
            best = Some(u);
        }
    }
    match best {
        Some((name, size)) => format!("{:.1} {}", n as f64 / *size as f64, name),
        None => format!("{} B", n),
    }
}

fn main() {
    let data = String::from("# inventory\nbolt | 120 | steel\n\nnut|300|brass\n  washer | 75 \n# end\ngear");
    let mut cur = Cursor::new(&data);
    let first = cur.next_record().unwrap();
    println!("first {:?} (line {})", first, cur.line);
    let rest: Vec<Record> = cur.collect();
    for r in &rest {
        println!("{:<7} {:?}", r.key, r.fields);
    }
    let keys: Vec<&str> = Cursor::new(&data).map(|r| r.key).collect();
    println!("{:?}", keys);

    let s1 = String::from("a long string");
    let result;
    {
        let s2 = String::from("xyz");
        result = longest(s1.as_str(), s2.as_str()).to_string();
    }
    println!("longest: {}", result);
    println!("first word: {:?} {:?}", first_word(&s1), first_word(""));

    let nums = [3, 8, 1, 9, 4];
    let big = pick(&nums, |&n| n > 3);
    println!("{:?}", big);
    let words = vec![String::from("apple"), String::from("kiwi"), String::from("banana")];
    let short = pick(&words, |w| w.len() < 6);
    println!("{:?}", short);

    let h = Highlighter { text: "the borrow checker checks borrows" };
    if let Some((pre, hit, post)) = h.around("checker") {
        println!("{}[{}]{}", pre, hit, post);
    }
    println!("{:?}", h.around("missing"));
    for n in [512, 2048, 5 << 20, 3 << 30, 7 << 40] {
        println!("{} -> {}", n, human(n));
    }
    let leaked: &'static str = "static text";
    let holder = Record { key: leaked, fields: vec![] };
    println!("{:?}", holder);
}
