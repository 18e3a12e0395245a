// string building: format! width/precision/alignment, char_indices, word wrapping, Display padding
use std::fmt;

struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let widths: Vec<usize> = (0..self.headers.len())
            .map(|c| {
                self.rows.iter().map(|r| r[c].len()).chain(std::iter::once(self.headers[c].len())).max().unwrap()
            })
            .collect();
        for (h, w) in self.headers.iter().zip(&widths) {
            write!(f, "| {:^w$} ", h, w = *w)?;
        }
        writeln!(f, "|")?;
        for w in &widths {
            write!(f, "|{}", "-".repeat(w + 2))?;
        }
        writeln!(f, "|")?;
        for r in &self.rows {
            for (cell, w) in r.iter().zip(widths.iter()) {
                write!(f, "| {:<width$} ", cell, width = w)?;
            }
            writeln!(f, "|")?;
        }
        Ok(())
    }
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() && cur.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn main() {
    let t = Table {
        headers: vec!["name".into(), "qty".into(), "note".into()],
        rows: vec![
            vec!["bolt".into(), "120".into(), "zinc".into()],
            vec!["washer".into(), "7".into(), "".into()],
        ],
    };
    print!("{}", t);
    for line in wrap("the quick brown fox jumps over the lazy dog and keeps running far away", 16) {
        println!("[{:16}]", line);
    }
    let title: Vec<String> = "borrow checker in python".split(' ').map(capitalize).collect();
    println!("{}", title.join(" "));
    let vowels: Vec<usize> = "programming".char_indices().filter(|(_, c)| "aeiou".contains(*c)).map(|(i, _)| i).collect();
    println!("vowel positions {:?}", vowels);
    println!("{:>8.3}|{:<6}|{:+}|{:#x}|{:#b}|{:08.2}", 3.14159, "ab", 5, 255, 5, -2.5);
    println!("{:?} {:?}", "quote\"d", 'c');
    let rev: String = "stressed".chars().rev().collect();
    println!("{} {}", rev, "Hello".replace('l', "L"));
}
