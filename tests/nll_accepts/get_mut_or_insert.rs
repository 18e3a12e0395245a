// nll_accepts: conditional control flow: the mutable borrow from get_mut only lives in one arm
use std::collections::HashMap;

fn bump(counts: &mut HashMap<String, u32>, key: &str) {
    match counts.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            counts.insert(key.to_string(), 1);
        }
    }
}

fn main() {
    let mut counts = HashMap::new();
    for w in ["a", "b", "a", "c", "a"] {
        bump(&mut counts, w);
    }
    let mut pairs: Vec<_> = counts.into_iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
}
