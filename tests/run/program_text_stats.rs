// programs: word statistics with iterators, char handling, and string building
use std::collections::{BTreeMap, HashSet};

fn normalize(word: &str) -> String {
    word.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| c.to_lowercase()).collect()
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. The dog sleeps; the FOX runs!";
    let words: Vec<String> = text.split_whitespace().map(normalize).filter(|w| !w.is_empty()).collect();
    println!("{} words", words.len());
    let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
    for w in &words {
        *freq.entry(w.as_str()).or_insert(0) += 1;
    }
    let mut top: Vec<(&str, usize)> = freq.iter().map(|(w, c)| (*w, *c)).collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, c) in top.iter().take(3) {
        println!("{:>6}: {}", w, "*".repeat(*c));
    }
    let unique: HashSet<&String> = words.iter().collect();
    println!("unique {}", unique.len());
    let longest = words.iter().fold("", |best, w| if w.len() > best.len() { w } else { best });
    println!("longest {}", longest);
    let caps: String = words.iter().map(|w| {
        let mut cs = w.chars();
        match cs.next() {
            Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ");
    println!("{}", caps);
    let vowels = text.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    println!("vowels {}", vowels);
    let acronym: String = words.iter().filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", acronym);
    let sentence_lengths: Vec<usize> = text.split(|c| c == '.' || c == ';' || c == '!')
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| s.split(' ').count())
        .collect();
    println!("{:?}", sentence_lengths);
    let mut letters = [0usize; 26];
    for b in text.bytes().filter(|b| b.is_ascii_alphabetic()) {
        letters[(b.to_ascii_lowercase() - b'a') as usize] += 1;
    }
    let common = letters.iter().enumerate().max_by_key(|(_, n)| **n).map(|(i, n)| ((b'a' + i as u8) as char, *n));
    println!("{:?}", common);
}
