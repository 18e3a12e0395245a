use std::collections::BTreeSet;

fn main() {
    let mut v = vec![5, 1, 4, 2, 3];
    let (lo, _mid, _hi) = v.select_nth_unstable(2);
    v.push(6);
    lo.sort();
    let s: BTreeSet<i32> = (1..10).collect();
    let r = s.range(2..4);
    drop(s);
    println!("{:?}", r.collect::<Vec<_>>());
}
