// collections: Vec, HashMap (sorted output), BTreeMap, HashSet, VecDeque, BinaryHeap
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};

fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 2];
    v.sort();
    v.dedup();
    v.retain(|x| *x != 8);
    v.insert(1, 4);
    v.swap(0, 2);
    println!("{:?} len {} first {:?} last {:?}", v, v.len(), v.first(), v.last());
    println!("contains 9: {} pos of 5: {:?}", v.contains(&9), v.iter().position(|x| *x == 5));
    v.truncate(3);
    v.extend([7, 7]);
    println!("{:?} {:?}", v, v.binary_search(&4));

    let text = "one two three two one two";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split(' ') {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&str, usize)> = counts.iter().map(|(k, v)| (*k, *v)).collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", pairs);
    println!("two -> {:?}, four -> {:?}", counts.get("two"), counts.get("four"));

    let mut tree = BTreeMap::new();
    tree.insert("pear", 3);
    tree.insert("apple", 5);
    tree.insert("fig", 1);
    if let Some(x) = tree.get_mut("fig") {
        *x += 10;
    }
    println!("{:?}", tree);
    for (k, v) in &tree {
        print!("{}={} ", k, v);
    }
    println!();
    let removed = tree.remove("apple");
    println!("removed {:?}, left {}", removed, tree.len());

    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b: HashSet<i32> = [3, 4, 5].into_iter().collect();
    let mut common: Vec<_> = a.intersection(&b).cloned().collect();
    common.sort();
    println!("common {:?}", common);
    let s: BTreeSet<char> = "hello world".chars().filter(|c| c.is_alphabetic()).collect();
    println!("{:?}", s);

    let mut q = VecDeque::new();
    q.push_back(1);
    q.push_back(2);
    q.push_front(0);
    println!("{:?} front {:?}", q, q.front());
    while let Some(x) = q.pop_front() {
        print!("{} ", x);
    }
    println!();

    let mut heap = BinaryHeap::new();
    for x in [4, 1, 7, 3] {
        heap.push(x);
    }
    println!("peek {:?}", heap.peek());
    let mut order = Vec::new();
    while let Some(x) = heap.pop() {
        order.push(x);
    }
    println!("{:?}", order);
}
