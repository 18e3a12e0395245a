// mutability: a mut binding, a &mut borrow and a two-phase push(len())
struct Stats {
    count: usize,
}

fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len());
    v.push(v.len());
    let mut s = Stats { count: 0 };
    let r = &mut s;
    r.count += v.len();
    println!("{:?} {}", v, s.count);
}
