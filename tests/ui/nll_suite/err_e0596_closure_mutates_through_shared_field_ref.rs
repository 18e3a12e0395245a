// mutation through a captured & reference is an error at the capture only
struct Ctr { n: i32, log: Vec<i32> }
fn main() {
    let c = Ctr { n: 0, log: vec![] };
    let r = &c;
    let mut note = || r.log.push(r.n);
    note();
}
