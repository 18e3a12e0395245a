// borrowing: retain, a counting iterator and a push in sequence
fn main() {
    let mut v = vec![1, 2, 3];
    v.retain(|x| *x != 2);
    let n = v.iter().filter(|x| **x > 1).count();
    v.push(n as i32);
    println!("{:?}", v);
}
