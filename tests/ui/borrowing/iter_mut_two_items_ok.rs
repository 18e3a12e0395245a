// borrowing: two items taken from one iter_mut are disjoint
fn main() {
    let mut list = vec![1, 2];
    let mut it = list.iter_mut();
    let a = it.next().unwrap();
    let b = it.next().unwrap();
    *a += *b;
    println!("{:?}", list);
}
