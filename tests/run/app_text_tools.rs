// String processing: split_whitespace, char_indices, to_uppercase, trim, parse errors,
// format width/precision/alignment, and a word-wrapping routine.
use std::num::ParseIntError;

fn capitalize(word: &str) -> String {
    let mut cs = word.chars();
    match cs.next() {
        Some(first) => first.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
        None => String::new(),
    }
}

fn title_case(s: &str) -> String {
    s.split_whitespace().map(capitalize).collect::<Vec<_>>().join(" ")
}

fn vowel_positions(s: &str) -> Vec<(usize, char)> {
    s.char_indices().filter(|(_, c)| "aeiouAEIOU".contains(*c)).collect()
}

fn parse_list(s: &str) -> Result<Vec<i32>, ParseIntError> {
    s.split(',').map(|p| p.trim().parse::<i32>()).collect()
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

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn caesar(s: &str, shift: u8) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                (((c as u8 - b'a' + shift) % 26) + b'a') as char
            } else if c.is_ascii_uppercase() {
                (((c as u8 - b'A' + shift) % 26) + b'A') as char
            } else {
                c
            }
        })
        .collect()
}

fn main() {
    println!("{}", title_case("  the rUST   programming LANGUAGE "));
    println!("{:?}", vowel_positions("Ownership"));
    for input in ["1, 2, 3", "4,five,6", " 7 ", "", "-12,+8"] {
        match parse_list(input) {
            Ok(v) => println!("{:>10} -> {:?} sum={}", format!("{:?}", input), v, v.iter().sum::<i32>()),
            Err(e) => println!("{:>10} -> error: {}", format!("{:?}", input), e),
        }
    }
    match "300".parse::<u8>() {
        Ok(v) => println!("{}", v),
        Err(e) => println!("u8: {}", e),
    }
    match "3.5x".parse::<f64>() {
        Ok(v) => println!("{}", v),
        Err(e) => println!("f64: {}", e),
    }
    println!("{:?}", "true".parse::<bool>());
    println!("{:?}", "yes".parse::<bool>().is_err());

    let text = "Rust gives you control over memory without a garbage collector and helps you write fast reliable software";
    for (i, line) in wrap(text, 24).iter().enumerate() {
        println!("{:02}|{:<24}|{:>3}", i + 1, line, line.len());
    }

    let rows = [("widget", 3, 4.5), ("gadget", 12, 19.999), ("doohickey", 1, 0.5)];
    println!("{:<10}|{:^5}|{:>9}", "item", "qty", "price");
    println!("{:-<10}+{:-^5}+{:->9}", "", "", "");
    for (name, qty, price) in rows.iter() {
        println!("{:<10}|{:^5}|{:>9.2}", name, qty, price);
    }
    let total: f64 = rows.iter().map(|(_, q, p)| *q as f64 * p).sum();
    println!("{:>26}", format!("total {:.3}", total));
    println!("[{:08.3}] [{:+}] [{:#x}] [{:#b}] [{:e}]", 3.14159, 42, 255, 5, 1234.5);
    println!("[{:*^11}] [{:>w$}] [{:.*}]", "mid", 7, 3, 2.0f64 / 3.0, w = 4);

    for s in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon"] {
        println!("{:?} palindrome={}", s, is_palindrome(s));
    }
    let secret = caesar("Hello, World!", 3);
    println!("{} -> {}", secret, caesar(&secret, 23));

    let csv = "name;age;city\nalice;30;paris\nbob;x;berlin\n\ncarol;41;rome";
    let mut ok = 0;
    for (n, line) in csv.lines().enumerate().skip(1) {
        let fields: Vec<&str> = line.split(';').collect();
        if fields.len() != 3 {
            println!("line {}: expected 3 fields, got {}", n + 1, fields.len());
            continue;
        }
        match fields[1].parse::<u32>() {
            Ok(age) => {
                ok += 1;
                println!("{} ({}) lives in {}", fields[0].to_uppercase(), age, fields[2]);
            }
            Err(e) => println!("line {}: bad age {:?}: {}", n + 1, fields[1], e),
        }
    }
    println!("{} good rows; bytes={} chars={}", ok, "héllo".len(), "héllo".chars().count());
    let s = String::from("  padded\t\n");
    println!("[{}] [{}] [{}]", s.trim(), s.trim_start(), s.trim_end());
    println!("{:?}", "a-b_c d".replace(|c: char| !c.is_alphanumeric(), ""));
    println!("{:?} {:?}", "key=value=x".split_once('='), "noeq".split_once('='));
    println!("{}", "abc".repeat(3).chars().rev().collect::<String>());
}
