// borrowing: a block computing a value from a borrow ends the borrow
fn main() {
    let mut v = vec![1, 2, 3];
    let total = {
        let r = &v;
        r.iter().sum::<i32>()
    };
    v.push(total);
    println!("{:?}", v);
}
