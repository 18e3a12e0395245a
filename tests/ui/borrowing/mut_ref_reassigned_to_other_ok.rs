// borrowing: a &mut variable reassigned to another vector releases the first
fn main() {
    let mut a = vec![1];
    let mut b = vec![2];
    let mut cur = &mut a;
    cur.push(3);
    cur = &mut b;
    cur.push(4);
    a.push(5);
    println!("{:?} {:?}", a, cur);
}
