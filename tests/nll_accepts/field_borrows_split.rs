// nll_accepts: disjoint fields of a struct borrowed mutably at the same time
struct Pair {
    left: Vec<u8>,
    right: Vec<u8>,
}

fn main() {
    let mut p = Pair { left: vec![1], right: vec![2] };
    let l = &mut p.left;
    let r = &mut p.right;
    l.push(3);
    r.push(4);
    println!("{:?} {:?}", p.left, p.right);
}
