// a text statistics tool: word frequencies sorted by count then word, line and char counts
use std::collections::HashMap;

struct Stats {
    lines: usize,
    words: usize,
    chars: usize,
    freq: HashMap<String, usize>,
}

fn analyze(text: &str) -> Stats {
    let mut stats = Stats { lines: 0, words: 0, chars: 0, freq: HashMap::new() };
    for line in text.lines() {
        stats.lines += 1;
        stats.chars += line.chars().count();
        for raw in line.split_whitespace() {
            let word: String = raw.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
            if word.is_empty() {
                continue;
            }
            stats.words += 1;
            *stats.freq.entry(word).or_insert(0) += 1;
        }
    }
    stats
}

fn top(stats: &Stats, n: usize) -> Vec<(&str, usize)> {
    let mut pairs: Vec<(&str, usize)> = stats.freq.iter().map(|(w, c)| (w.as_str(), *c)).collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    pairs.truncate(n);
    pairs
}

fn main() {
    let text = "The cat sat on the mat.\nThe dog sat, too!\n\nA cat and a dog: the end.";
    let stats = analyze(text);
    println!("lines={} words={} chars={}", stats.lines, stats.words, stats.chars);
    for (word, count) in top(&stats, 5) {
        println!("{:>5} {}", word, "#".repeat(count));
    }
    let longest = stats.freq.keys().max_by_key(|w| (w.len(), std::cmp::Reverse(w.to_string())));
    println!("longest word: {:?}", longest);
    let unique = stats.freq.values().filter(|c| **c == 1).count();
    println!("words used once: {}", unique);
}
