use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

fn main() {
    let mut m: HashMap<String, Vec<u32>> = HashMap::new();
    m.entry("a".to_string()).or_insert_with(Vec::new).push(1);
    m.entry("a".to_string()).or_default().push(2);
    m.entry("b".into()).and_modify(|v| v.push(9)).or_insert(vec![3]);
    let mut ks: Vec<&String> = m.keys().collect();
    ks.sort();
    println!("{:?}", ks);
    if let Some(v) = m.get_mut("a") {
        v.push(4);
    }
    println!("{:?} {}", m.get("a"), m.contains_key("z"));
    let removed = m.remove("b");
    println!("{:?} {}", removed, m.len());
    for (k, v) in &m {
        println!("{} {:?}", k, v);
    }
    let mut bt = BTreeMap::new();
    for (i, w) in ["x", "y", "z", "w"].iter().enumerate() {
        bt.insert(i as i32 * 10, *w);
    }
    for (k, v) in bt.range(5..25) {
        println!("{} {}", k, v);
    }
    for (k, v) in bt.range(..=10) {
        println!("le {} {}", k, v);
    }
    println!("{:?} {:?}", bt.first_key_value(), bt.last_key_value());
    let vals: Vec<_> = bt.values().cloned().collect();
    println!("{:?}", vals);
    let mut dq: VecDeque<i32> = VecDeque::new();
    dq.push_back(1);
    dq.push_back(2);
    dq.push_front(0);
    println!("{:?} {:?} {:?}", dq.front(), dq.back(), dq);
    while let Some(x) = dq.pop_front() {
        println!("pop {}", x);
    }
    let hs: HashSet<i32> = [1, 2, 3].iter().cloned().collect();
    let hs2: HashSet<i32> = vec![2, 3, 4].into_iter().collect();
    let mut inter: Vec<_> = hs.intersection(&hs2).collect();
    inter.sort();
    println!("{:?}", inter);
    let mut bs = BTreeSet::new();
    bs.insert("pear");
    bs.insert("apple");
    println!("{:?} {}", bs, bs.contains("apple"));
    let mut v = vec![5, 3, 8, 1];
    v.sort_by(|a, b| b.cmp(a));
    v.dedup();
    v.retain(|&x| x != 3);
    v.extend_from_slice(&[7, 7]);
    v.truncate(4);
    v.insert(0, 100);
    println!("{:?} {:?} {}", v, v.iter().rev().collect::<Vec<_>>(), v.contains(&7));
    let (left, right) = v.split_at(2);
    println!("{:?} {:?}", left, right);
    let mut arr = [1, 2, 3, 4, 5];
    {
        let (a, b) = arr.split_at_mut(2);
        a[0] = b[0];
        b[1] += a[1];
    }
    arr.swap(0, 4);
    arr.reverse();
    println!("{:?} {:?} {:?}", arr, arr.first(), arr.iter().position(|&x| x == 6));
    let sl = &arr[1..3];
    println!("{} {:?}", sl.len(), sl.to_vec());
    let mut words: Vec<String> = "the quick brown fox".split_whitespace().map(String::from).collect();
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    let joined = words.concat();
    println!("{}", joined);
    let text = String::from("a,b,,c");
    let parts: Vec<&str> = text.split(',').filter(|s| !s.is_empty()).collect();
    println!("{:?}", parts);
    println!("{}", text.replace(",", ";").to_uppercase());
    println!("{:?}", text.find('b'));
    println!("{}", &text[2..]);
    println!("{}", text.starts_with("a,") && text.ends_with('c'));
    let mut s = String::new();
    s.push_str("hi");
    s.push('!');
    s += " there";
    println!("{} {}", s, s.len());
    let n: usize = "12".parse().unwrap_or(0);
    println!("{}", n + 1);
    let bytes = s.as_bytes();
    println!("{}", bytes[0]);
    let c = s.chars().nth(1).unwrap();
    println!("{} {}", c, c.is_uppercase());
}
