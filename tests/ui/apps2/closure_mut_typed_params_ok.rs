// `mut` on closure parameters that carry a type annotation
use std::collections::BTreeMap;

fn main() {
    let push = |mut v: Vec<i32>, x: i32| {
        v.push(x);
        v
    };
    println!("{:?}", push(vec![1], 2));
    let grouped = ["ab", "c", "de", "f"].iter().fold(BTreeMap::new(), |mut m: BTreeMap<usize, Vec<&str>>, w| {
        m.entry(w.len()).or_default().push(*w);
        m
    });
    println!("{:?}", grouped);
    let mut count = 0;
    let mut bump = |mut by: u32| {
        by *= 2;
        count += by;
    };
    bump(3);
    bump(4);
    println!("{}", count);
}
