use std::collections::{BinaryHeap, VecDeque};
use std::cmp::Reverse;
fn main() {
    let mut d: VecDeque<i32> = (1..=6).collect();
    d.rotate_left(2);
    println!("{:?}", d);
    d.rotate_right(3);
    println!("{:?}", d);
    d.push_front(0);
    d.push_back(99);
    println!("{:?} {:?} {:?}", d.front(), d.back(), d.get(2));
    println!("{}", d.len());
    d.make_contiguous().sort();
    println!("{:?}", d);
    println!("{:?} {:?}", d.pop_front(), d.pop_back());
    d.retain(|x| x % 2 == 0);
    println!("{:?} {}", d, d.iter().rev().map(|x| x.to_string()).collect::<Vec<_>>().join(""));
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2] { h.push(Reverse(x)); }
    println!("{:?}", h.peek());
    let mut out = vec![];
    while let Some(Reverse(x)) = h.pop() { out.push(x); }
    println!("{:?}", out);
    let mut mh: BinaryHeap<(u32, &str)> = vec![(2, "b"), (9, "z"), (2, "a")].into();
    println!("{:?} {}", mh.pop(), mh.len());
    println!("{:?}", mh.into_sorted_vec());
    let hv: BinaryHeap<i32> = [3, 1, 4, 1, 5].into_iter().collect();
    println!("{:?}", hv.into_vec().len());
}
