// HashMap entry API, split_whitespace, to_lowercase, trim_matches, sorting map output
use std::collections::HashMap;

fn normalize(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

fn count_words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for raw in text.split_whitespace() {
        let w = normalize(raw);
        if w.is_empty() {
            continue;
        }
        *counts.entry(w).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let text = "The quick brown fox. The lazy dog! A fox, a dog, and THE end -- fin.";
    let counts = count_words(text);

    let mut pairs: Vec<(&String, &usize)> = counts.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (word, n) in pairs.iter().take(5) {
        println!("{:>6} {}", word, n);
    }

    let total: usize = counts.values().sum();
    let unique = counts.len();
    println!("total={} unique={}", total, unique);

    let longest = counts.keys().max_by_key(|k| (k.len(), std::cmp::Reverse((*k).clone()))).unwrap();
    println!("longest word: {}", longest);

    let mut by_len: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in counts.keys() {
        by_len.entry(w.len()).or_default().push(w.as_str());
    }
    let mut lens: Vec<_> = by_len.keys().copied().collect();
    lens.sort();
    for len in lens {
        let mut ws = by_len[&len].clone();
        ws.sort();
        println!("{}: {}", len, ws.join(" "));
    }
}
