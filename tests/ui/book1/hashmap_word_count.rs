// collections: HashMap insert/get/entry API, or_insert, overwriting, sorted output
use std::collections::HashMap;

fn main() {
    let text = "the cat saw the other cat and the dog";
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for w in text.split_whitespace() {
        let c = counts.entry(w).or_insert(0);
        *c += 1;
    }
    let mut pairs: Vec<_> = counts.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, c) in pairs.iter().take(3) {
        println!("{w}: {c}");
    }

    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);
    scores.insert(String::from("Blue"), 25);
    scores.entry(String::from("Red")).or_insert(5);
    scores.entry(String::from("Yellow")).or_insert(99);
    let team = String::from("Blue");
    let blue = scores.get(&team).copied().unwrap_or(0);
    println!("blue {blue}");
    if let Some(y) = scores.get_mut("Yellow") {
        *y += 1;
    }
    let mut keys: Vec<&String> = scores.keys().collect();
    keys.sort();
    for k in keys {
        println!("{k} -> {}", scores[k]);
    }
    println!("has green? {}", scores.contains_key("Green"));
    let removed = scores.remove("Red");
    println!("removed {:?}, {} left", removed, scores.len());
    let field = String::from("key");
    let mut owned = HashMap::new();
    owned.insert(field, 1);
    println!("{:?}", owned.get("key"));
}
