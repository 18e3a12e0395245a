// HashMap entry API: word index with positions, inventory counts, and_modify/or_insert_with,
// plus deterministic output through sorting and BTreeMap.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

#[derive(Debug, Default)]
struct Stats {
    count: usize,
    lines: BTreeSet<usize>,
}

fn index(text: &str) -> HashMap<String, Stats> {
    let mut idx: HashMap<String, Stats> = HashMap::new();
    for (ln, line) in text.lines().enumerate() {
        for raw in line.split_whitespace() {
            let w: String = raw.chars().filter(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
            if w.is_empty() {
                continue;
            }
            let st = idx.entry(w).or_default();
            st.count += 1;
            st.lines.insert(ln + 1);
        }
    }
    idx
}

fn main() {
    let text = "The cat sat.\nThe dog sat, too!\nA cat and a dog -- and the bird.\n";
    let idx = index(text);
    let mut keys: Vec<&String> = idx.keys().collect();
    keys.sort();
    for k in keys {
        let s = &idx[k];
        println!("{:<5} x{} lines {:?}", k, s.count, s.lines);
    }
    let mut by_count: Vec<(&str, usize)> = idx.iter().map(|(k, v)| (k.as_str(), v.count)).collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("top3 {:?}", &by_count[..3]);

    let mut stock: HashMap<&str, i32> = HashMap::new();
    let moves = [("apple", 5), ("pear", 2), ("apple", -3), ("kiwi", 7), ("pear", -2), ("apple", 10)];
    for (item, delta) in moves {
        stock.entry(item).and_modify(|q| *q += delta).or_insert(delta);
    }
    stock.retain(|_, q| *q != 0);
    let sorted: BTreeMap<_, _> = stock.iter().collect();
    println!("{:?}", sorted);

    let mut cache: HashMap<u64, u64> = HashMap::new();
    fn fib(n: u64, cache: &mut HashMap<u64, u64>) -> u64 {
        if n < 2 {
            return n;
        }
        if let Some(&v) = cache.get(&n) {
            return v;
        }
        let v = fib(n - 1, cache) + fib(n - 2, cache);
        cache.insert(n, v);
        v
    }
    println!("fib(80)={} cached={}", fib(80, &mut cache), cache.len());

    let mut groups: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in ["a", "bb", "cc", "ddd", "e", "fff", "gggg"] {
        groups.entry(w.len()).or_insert_with(Vec::new).push(w);
    }
    let mut lens: Vec<_> = groups.into_iter().collect();
    lens.sort();
    println!("{:?}", lens);

    let a: HashSet<i32> = (1..8).collect();
    let b: HashSet<i32> = (5..12).collect();
    let mut inter: Vec<_> = a.intersection(&b).copied().collect();
    inter.sort();
    let mut diff: Vec<_> = a.difference(&b).collect();
    diff.sort();
    let uni: BTreeSet<_> = a.union(&b).collect();
    println!("inter {:?} diff {:?} union {}", inter, diff, uni.len());

    let mut seen = HashSet::new();
    let dupes: Vec<char> = "programming".chars().filter(|c| !seen.insert(*c)).collect();
    println!("dupes {:?}", dupes);

    let mut m: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    m.insert("x".into(), vec![1]);
    if let Some(v) = m.get_mut("x") {
        v.push(2);
    }
    let old = m.insert("x".into(), vec![9]);
    println!("old {:?} now {:?}", old, m);
    println!("remove {:?} {:?}", m.remove("x"), m.remove("y"));
    let mut scores = BTreeMap::new();
    for (n, s) in [("b", 3), ("a", 9), ("c", 5)] {
        scores.insert(n, s);
    }
    println!("first {:?} last {:?}", scores.iter().next(), scores.iter().next_back());
    let range: Vec<_> = scores.range("b"..).map(|(k, v)| format!("{}{}", k, v)).collect();
    println!("{:?} contains a: {}", range, scores.contains_key("a"));
    let total: i32 = scores.values().sum();
    *scores.entry("a").or_insert(0) -= total;
    println!("{:?}", scores);
}
