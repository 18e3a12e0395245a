// iterators: collect into Vec, String, HashMap, HashSet, BTreeMap, Result and Option
use std::collections::{BTreeMap, HashMap, HashSet};

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";

    let words: Vec<&str> = text.split_whitespace().collect();
    println!("{} words", words.len());

    let unique: HashSet<&str> = words.iter().copied().collect();
    let mut sorted_unique: Vec<_> = unique.into_iter().collect();
    sorted_unique.sort();
    println!("unique: {:?}", sorted_unique);

    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in &words {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut by_count: Vec<(&str, usize)> = counts.into_iter().filter(|(_, c)| *c > 1).collect();
    by_count.sort();
    println!("repeated: {:?}", by_count);

    let by_len: BTreeMap<usize, Vec<&str>> = words.iter().fold(BTreeMap::new(), |mut m, w| {
        m.entry(w.len()).or_insert_with(Vec::new).push(*w);
        m
    });
    for (len, ws) in &by_len {
        println!("{len}: {}", ws.join("/"));
    }

    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    println!("initials {initials}");

    let nums = ["4", "8", "15", "16"];
    let parsed: Result<Vec<i32>, _> = nums.iter().map(|s| s.parse::<i32>()).collect();
    println!("{:?}", parsed);
    let bad: Result<Vec<i32>, std::num::ParseIntError> = ["1", "x", "3"].iter().map(|s| s.parse()).collect();
    println!("bad is_err = {}", bad.is_err());

    let halves: Option<Vec<i32>> = [2, 4, 6].iter().map(|x| if x % 2 == 0 { Some(x / 2) } else { None }).collect();
    println!("{:?}", halves);

    let index: HashMap<char, &str> = words.iter().rev().map(|w| (w.chars().next().unwrap(), *w)).collect();
    let mut keys: Vec<_> = index.keys().collect();
    keys.sort();
    println!("{} keys, first {:?} -> {}", keys.len(), keys[0], index[keys[0]]);
}
