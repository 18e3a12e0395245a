// string processing for a slug and initials generator: char_indices, split_once, parse and padding
fn slug(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut dash = false;
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect()
}

fn parse_entry(line: &str) -> Option<(String, u32)> {
    let (name, age) = line.split_once(':')?;
    let age: u32 = age.trim().parse().ok()?;
    Some((name.trim().to_string(), age))
}

fn first_vowel(word: &str) -> Option<usize> {
    word.char_indices().find(|(_, c)| "aeiou".contains(*c)).map(|(i, _)| i)
}

fn main() {
    for t in ["Hello, World!", "  Rust -- borrow checking 101 ", "***"] {
        println!("{:?} -> {:?}", t, slug(t));
    }
    let lines = ["ada lovelace: 36", "alan turing:41", "broken line", "grace hopper: x"];
    let mut people: Vec<(String, u32)> = lines.iter().filter_map(|l| parse_entry(l)).collect();
    people.sort_by(|a, b| b.1.cmp(&a.1));
    for (name, age) in &people {
        println!("[{:<3}] {:.<16}{:>3}", initials(name), name, age);
    }
    for w in ["strength", "rhythm", "orbit"] {
        match first_vowel(w) {
            Some(i) => println!("{} -> {}{}ay", w, &w[i..], &w[..i]),
            None => println!("{} has no vowel", w),
        }
    }
    let mut banner = String::from("=");
    banner.push_str(&"-".repeat(10));
    banner.insert(0, '<');
    banner += ">";
    println!("{} ({} bytes)", banner, banner.len());
}
