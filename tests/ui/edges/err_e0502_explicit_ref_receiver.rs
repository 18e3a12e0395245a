// `(&mut v).push(..)` borrows mutably before the argument reads `v`
fn main() {
    let mut v = vec![1];
    (&mut v).push(v.len());
    println!("{:?}", v);
}
