use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque, BinaryHeap};
use std::cmp::Reverse;
fn main() {
    let mut bt = BTreeMap::new();
    for (i, w) in ["delta", "alpha", "charlie", "bravo"].iter().enumerate() {
        bt.insert(*w, i);
    }
    println!("{:?}", bt);
    println!("{:?} {:?}", bt.first_key_value(), bt.last_key_value());
    println!("{:?}", bt.range("b".."d").collect::<Vec<_>>());
    println!("{:?}", bt.get("alpha"));
    println!("{:?}", bt.remove("alpha"));
    println!("{:?}", bt.insert("bravo", 10));
    *bt.entry("echo").or_insert(0) += 5;
    bt.entry("bravo").and_modify(|v| *v += 1).or_insert(99);
    println!("{:?}", bt);
    println!("{:?}", bt.keys().rev().collect::<Vec<_>>());
    println!("{:?}", bt.values().sum::<usize>());
    let mut hm: HashMap<String, Vec<u32>> = HashMap::new();
    hm.entry("a".into()).or_default().push(1);
    hm.entry("a".into()).or_default().push(2);
    hm.entry("b".into()).or_insert_with(Vec::new).push(3);
    let mut keys: Vec<_> = hm.keys().cloned().collect();
    keys.sort();
    println!("{:?} {} {:?}", keys, hm.len(), hm.get("a"));
    println!("{} {:?}", hm.contains_key("b"), hm.remove("zz"));
    if let Some(v) = hm.get_mut("b") {
        v.push(4);
    }
    println!("{:?}", hm["b"]);
    let hs1: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let hs2: HashSet<i32> = [3, 4, 5].into_iter().collect();
    let mut inter: Vec<_> = hs1.intersection(&hs2).collect();
    inter.sort();
    let mut uni: Vec<_> = hs1.union(&hs2).copied().collect();
    uni.sort();
    let mut diff: Vec<_> = hs1.difference(&hs2).collect();
    diff.sort();
    println!("{:?} {:?} {:?}", inter, uni, diff);
    let mut sym: Vec<_> = hs1.iter().filter(|x| !hs2.contains(x)).chain(hs2.iter().filter(|x| !hs1.contains(x))).collect();
    sym.sort();
    println!("{:?} {} {}", sym, hs1.contains(&2), hs1.is_subset(&hs2));
    let mut seen = HashSet::new();
    println!("{} {} {}", seen.insert('x'), seen.insert('x'), seen.len());
    let bs: BTreeSet<_> = [5, 1, 3, 1].into_iter().collect();
    println!("{:?} {:?} {:?}", bs, bs.iter().next_back(), bs.iter().find(|&&x| x >= 2));
    let mut dq = VecDeque::new();
    dq.push_back(1);
    dq.push_back(2);
    dq.push_front(0);
    dq.push_front(-1);
    println!("{:?} {:?} {:?}", dq, dq.front(), dq.back());
    println!("{:?} {:?}", dq.pop_front(), dq.pop_back());
    dq.extend([7, 8]);
    dq.rotate_left(1);
    println!("{:?} {} {:?}", dq, dq.len(), dq.get(1));
    println!("{:?}", dq.iter().rev().collect::<Vec<_>>());
    let v: Vec<i32> = dq.into_iter().collect();
    println!("{:?}", v);
    let mut heap = BinaryHeap::new();
    for x in [3, 1, 4, 1, 5, 9, 2] {
        heap.push(x);
    }
    println!("{:?} {}", heap.peek(), heap.len());
    let mut out = Vec::new();
    while let Some(x) = heap.pop() {
        out.push(x);
    }
    println!("{:?}", out);
    let mut minheap = BinaryHeap::new();
    minheap.push(Reverse(5));
    minheap.push(Reverse(2));
    minheap.push(Reverse(8));
    println!("{:?}", minheap.pop().map(|Reverse(x)| x));
    println!("{:?}", minheap.into_sorted_vec());
    let mut grid: BTreeMap<(i32, i32), char> = BTreeMap::new();
    grid.insert((1, 0), 'b');
    grid.insert((0, 1), 'a');
    grid.insert((0, 0), 'z');
    println!("{:?}", grid);
    let inverted: BTreeMap<usize, &str> = bt.iter().map(|(k, v)| (*v, *k)).collect();
    println!("{:#?}", inverted);
    let mut bm: BTreeMap<i32, i32> = (0..6).map(|i| (i, i * i)).collect();
    bm.retain(|k, _| k % 2 == 0);
    println!("{:?}", bm);
    let split: BTreeMap<i32, i32> = bm.iter().filter(|(k, _)| **k >= 2).map(|(k, v)| (*k, *v)).collect();
    bm.retain(|k, _| *k < 2);
    println!("{:?} {:?}", bm, split);
}
