// traits: Ord/PartialOrd derived and hand-written, sort/sort_by/sort_by_key, Ordering matches
use std::cmp::Ordering;
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct Version { major: u32, minor: u32, tag: String }
#[derive(Debug, Eq, PartialEq)]
struct ByLen(String);
impl Ord for ByLen { fn cmp(&self, o: &Self) -> Ordering { self.0.len().cmp(&o.0.len()).then_with(|| o.0.cmp(&self.0)) } }
impl PartialOrd for ByLen { fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) } }
#[derive(Debug, PartialEq, PartialOrd, Clone, Copy)]
enum Level { Low = 1, Mid = 5, High = 10 }
fn main() {
    let mut vs = vec![Version { major: 1, minor: 10, tag: "b".into() }, Version { major: 1, minor: 2, tag: "z".into() }, Version { major: 0, minor: 99, tag: "a".into() }, Version { major: 1, minor: 2, tag: "a".into() }];
    vs.sort();
    for v in &vs { println!("{}.{}-{}", v.major, v.minor, v.tag); }
    println!("{:?}", vs.iter().max().map(|v| &v.tag));
    let mut w = vec![ByLen("ccc".into()), ByLen("a".into()), ByLen("bb".into()), ByLen("zz".into())];
    w.sort();
    println!("{:?}", w);
    w.sort_by(|a, b| b.cmp(a));
    println!("{:?}", w.iter().map(|b| b.0.as_str()).collect::<Vec<_>>());
    match 3.cmp(&5) { Ordering::Less => println!("less"), Ordering::Equal => println!("eq"), Ordering::Greater => println!("gt") }
    println!("{} {:?} {}", Level::Mid > Level::Low, Level::High, Level::High as i32);
    println!("{:?}", ByLen("x".into()).max(ByLen("yy".into())));
    let mut nums = vec![3.2, 1.5, -0.5];
    nums.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", nums);
    let mut people = vec![("bo", 30), ("al", 25), ("cy", 30)];
    people.sort_by_key(|p| std::cmp::Reverse(p.1));
    println!("{:?}", people);
    println!("{:?}", "apple".cmp("banana"));
    println!("{:?}", vs[0].partial_cmp(&vs[1]));
}
