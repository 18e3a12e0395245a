// borrowing: while let over last() pops in the body
fn main() {
    let mut v = vec![1, 2, 3];
    while let Some(top) = v.last() {
        if *top > 1 { v.pop(); } else { break; }
    }
    println!("{:?}", v);
}
