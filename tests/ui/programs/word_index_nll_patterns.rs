// a word index that relies on non-lexical lifetimes: reads that end before the next mutation
use std::collections::HashMap;

fn main() {
    let text = "to be or not to be that is the question to ask";
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for (pos, word) in text.split(' ').enumerate() {
        let seen = index.contains_key(word);
        if !seen {
            order.push(word);
            index.insert(word, Vec::new());
        }
        index.get_mut(word).unwrap().push(pos);
    }

    let first = &order[0];
    println!("first word: {}", first);
    order.push("extra");

    let mut counts: Vec<usize> = order.iter().map(|w| index.get(w).map_or(0, |v| v.len())).collect();
    let max = *counts.iter().max().unwrap();
    counts.push(max);
    println!("counts: {:?}", counts);

    let last = order.last_mut().unwrap();
    *last = "bonus";
    let len = order.len();
    order.push(order[len - 1]);
    println!("order tail: {:?}", &order[order.len() - 3..]);

    let positions = index.get("to").cloned().unwrap_or_default();
    index.insert("TO", positions);
    let mut keys: Vec<_> = index.iter().filter(|(_, v)| v.len() > 1).map(|(k, v)| format!("{}:{:?}", k, v)).collect();
    keys.sort();
    println!("{}", keys.join(" "));
}
