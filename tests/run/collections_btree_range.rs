use std::collections::{BTreeMap, BTreeSet};
fn main() {
    let m: BTreeMap<i32, &str> = [(1, "a"), (5, "e"), (3, "c"), (9, "i"), (7, "g")].into_iter().collect();
    println!("{:?}", m.range(3..7).collect::<Vec<_>>());
    println!("{:?}", m.range(..=5).map(|(k, _)| k).collect::<Vec<_>>());
    println!("{:?}", m.range(4..).collect::<Vec<_>>());
    println!("{:?}", m.range(2..9).rev().collect::<Vec<_>>());
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    let s: BTreeSet<char> = "hello world".chars().collect();
    println!("{:?}", s);
    println!("{:?}", s.range('e'..'p').collect::<String>());
    let a: BTreeSet<i32> = (1..6).collect();
    let b: BTreeSet<i32> = (4..9).collect();
    println!("{:?}", a.intersection(&b).collect::<Vec<_>>());
    println!("{:?}", a.union(&b).count());
    println!("{:?}", a.difference(&b).collect::<Vec<_>>());
    println!("{:?}", a.symmetric_difference(&b).collect::<Vec<_>>());
    let mut mm = m.clone();
    mm.retain(|k, _| k % 3 != 0);
    println!("{:?}", mm);
    let tail = mm.split_off(&5);
    println!("{:?} {:?}", mm, tail);
    println!("{:?}", m.keys().rev().collect::<Vec<_>>());
}
