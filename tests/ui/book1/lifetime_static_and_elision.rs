// lifetimes: 'static strings in a table, elided lifetimes with &self, returning one of the params
struct Dictionary {
    entries: Vec<(&'static str, &'static str)>,
}

impl Dictionary {
    fn lookup(&self, word: &str) -> Option<&'static str> {
        self.entries.iter().find(|(w, _)| *w == word).map(|(_, d)| *d)
    }

    fn longest_word(&self) -> &str {
        let mut best = "";
        for (w, _) in &self.entries {
            if w.len() > best.len() {
                best = w;
            }
        }
        best
    }
}

fn trim_both<'a>(s: &'a str, chars: &[char]) -> &'a str {
    s.trim_matches(|c| chars.contains(&c))
}

fn greeting() -> &'static str {
    "hello"
}

fn main() {
    let d = Dictionary { entries: vec![("borrow", "to take temporarily"), ("own", "to have"), ("lifetime", "how long")] };
    let meaning = {
        let query = String::from("own");
        d.lookup(&query)
    };
    println!("{:?}", meaning);
    println!("{:?}", d.lookup("move"));
    println!("{}", d.longest_word());
    let raw = String::from("--==key==--");
    let t = trim_both(&raw, &['-', '=']);
    println!("{t}");
    let g: &'static str = greeting();
    let kept;
    {
        kept = g;
    }
    println!("{kept}");
}
