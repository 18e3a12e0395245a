use std::collections::{BTreeMap, BTreeSet, HashSet};

fn main() {
    let a: HashSet<i32> = [1, 2, 3].into_iter().collect();
    let b: HashSet<i32> = [2, 3, 4].into_iter().collect();
    let mut sd: Vec<i32> = a.symmetric_difference(&b).copied().collect();
    sd.sort();
    let mut d: Vec<&i32> = a.difference(&b).collect();
    d.sort();
    let mut i: Vec<i32> = a.intersection(&b).cloned().collect();
    i.sort();
    let mut u: Vec<i32> = a.union(&b).copied().collect();
    u.sort();
    println!("{:?} {:?} {:?} {:?} {}", sd, d, i, u, a.is_subset(&b));

    let s: BTreeSet<i32> = (1..10).collect();
    let r: Vec<&i32> = s.range(3..6).collect();
    let t: BTreeSet<i32> = (5..12).collect();
    let x: Vec<i32> = s.symmetric_difference(&t).copied().collect();
    let y: Vec<&i32> = s.intersection(&t).collect();
    println!("{:?} {:?} {:?} {}", r, x, y, s.is_subset(&t));

    let mut m: BTreeMap<i32, &str> = BTreeMap::new();
    m.insert(1, "a");
    m.insert(5, "e");
    m.insert(9, "i");
    m.insert(3, "c");
    for (k, v) in m.range(2..=5) {
        println!("{} {}", k, v);
    }
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    let hi = m.split_off(&4);
    println!("{:?} {:?}", m, hi);
    let p = m.pop_first();
    println!("{:?} {:?}", p, m);

    let mut v = vec![5, 1, 4, 2, 3];
    let (lo, mid, _hi) = v.select_nth_unstable(2);
    lo.sort();
    println!("{:?} {}", lo, mid);
    let back: Vec<i32> = (0..10).step_by(3).rev().collect();
    println!("{:?}", back);
    let msg = format!("{}-{}", 1, 2);
    println!("{}", msg);
    more();
}
fn more() {
    let mut a: std::collections::BTreeSet<i32> = (1..4).collect();
    let mut b: std::collections::BTreeSet<i32> = (3..6).collect();
    a.append(&mut b);
    let tail = a.split_off(&4);
    println!("{:?} {:?} {:?}", a, b, tail);
    let mut v = [9, 8, 7, 1, 2];
    let (_, m, _) = v.select_nth_unstable_by(1, |x, y| y.cmp(x));
    println!("{}", m);
    let s: Vec<usize> = (0..11).step_by(5).rev().collect();
    let mut it = (0..10).step_by(4);
    it.next();
    println!("{:?} {:?} {}", s, it.rev().collect::<Vec<_>>(), (0..7).step_by(2).len());
}
