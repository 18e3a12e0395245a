use std::collections::HashMap;

fn main() {
    let words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
    let mut text = String::new();
    let mut seed: u32 = 12345;
    for _ in 0..60000 {
        seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
        text.push_str(words[(seed >> 16) as usize % words.len()]);
        text.push(' ');
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut sorted: Vec<(&str, usize)> = counts.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, c) in &sorted {
        println!("{} {}", w, c);
    }
}
