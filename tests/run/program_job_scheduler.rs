// a job scheduler: BinaryHeap with Reverse, VecDeque rotation, BTreeMap::range,
// HashMap entry().and_modify().or_insert, Option::get_or_insert_with / take / replace / zip,
// integer helpers (checked_sub, rem_euclid, leading_zeros, pow)
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap, VecDeque};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Job { priority: u8, name: String }

fn main() {
    let mut heap = BinaryHeap::new();
    for (p, n) in [(3, "backup"), (1, "email"), (5, "deploy"), (3, "audit"), (2, "lint")] {
        heap.push(Reverse(Job { priority: p, name: n.to_string() }));
    }
    println!("peek {:?}", heap.peek().map(|r| &r.0.name));
    let mut order = Vec::new();
    while let Some(Reverse(job)) = heap.pop() {
        order.push(format!("{}:{}", job.priority, job.name));
    }
    println!("{}", order.join(" "));

    let mut ring: VecDeque<u32> = (1..=6).collect();
    ring.rotate_left(2);
    println!("{:?}", ring);
    ring.rotate_right(3);
    ring.push_front(0);
    let back = ring.pop_back();
    println!("{:?} back={:?} front={:?}", ring, back, ring.front());
    println!("len {} has3 {} {}", ring.len(), ring.contains(&3), ring.iter().rev().map(|x| x.to_string()).collect::<String>());

    let mut by_hour: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for (h, what) in [(9, "standup"), (13, "review"), (9, "coffee"), (17, "deploy"), (11, "pairing")] {
        by_hour.entry(h).or_default().push(what);
    }
    for (h, items) in by_hour.range(10..=17) {
        println!("{h:02}:00 {}", items.join("+"));
    }
    println!("first {:?} last {:?}", by_hour.keys().next(), by_hour.values().last());

    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in "scheduler".chars() {
        counts.entry(c).and_modify(|n| *n += 1).or_insert(1);
    }
    let mut twice: Vec<_> = counts.iter().filter(|(_, &n)| n > 1).map(|(c, n)| (*c, *n)).collect();
    twice.sort();
    println!("{:?}", twice);
    counts.retain(|c, _| "aeiou".contains(*c));
    let mut vowels: Vec<_> = counts.into_iter().collect();
    vowels.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    println!("{:?}", vowels);

    let mut cache: Option<Vec<u32>> = None;
    cache.get_or_insert_with(Vec::new).push(7);
    cache.get_or_insert_with(|| vec![99]).push(8);
    println!("{:?}", cache);
    let old = cache.replace(vec![1]);
    let taken = cache.take();
    println!("{:?} {:?} {:?}", old, taken, cache);
    println!("{:?} {:?}", Some(2).zip(Some('b')), Some(1).xor(None::<i32>));

    let budget: u32 = 10;
    for cost in [4u32, 7, 12] {
        match budget.checked_sub(cost) {
            Some(left) => println!("cost {cost}: {left} left"),
            None => println!("cost {cost}: over by {}", cost - budget),
        }
    }
    println!("{} {} {} {}", (-7i32).rem_euclid(3), 40u32.leading_zeros(), 3i64.pow(4), (-5i32).signum());
    println!("{:>8.2}|{:<+6}|{:^7}|{:#x}|{:#b}", 3.14159, 42, "mid", 255, 5u8);
}
