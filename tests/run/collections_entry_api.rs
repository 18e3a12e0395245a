use std::collections::{BTreeMap, HashMap};
fn main() {
    let text = "the cat the dog the end cat";
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for w in text.split(' ') {
        counts.entry(w).and_modify(|c| *c += 1).or_insert(1);
    }
    println!("{:?}", counts);
    let mut groups: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in text.split(' ') {
        groups.entry(w.len()).or_insert_with(Vec::new).push(w);
    }
    let mut keys: Vec<_> = groups.keys().copied().collect();
    keys.sort();
    for k in keys { println!("{} {:?}", k, groups[&k]); }
    let mut calls = 0;
    let mut cache: BTreeMap<u32, u64> = BTreeMap::new();
    for n in [3, 4, 3, 3, 5] {
        let v = *cache.entry(n).or_insert_with(|| { calls += 1; (1..=n as u64).product() });
        print!("{} ", v);
    }
    println!("calls={}", calls);
    let mut d: BTreeMap<&str, i32> = BTreeMap::new();
    *d.entry("x").or_default() += 5;
    *d.entry("x").or_default() += 5;
    println!("{:?} {:?}", d, d.get("y"));
    if let Some(v) = d.get_mut("x") { *v *= 2; }
    println!("{:?} {:?} {:?}", d.remove("x"), d.remove("x"), d.len());
    let mut h: HashMap<String, i32> = HashMap::new();
    println!("{:?} {:?}", h.insert("k".into(), 1), h.insert("k".into(), 2));
    println!("{} {:?}", h.contains_key("k"), h.get("k"));
}
