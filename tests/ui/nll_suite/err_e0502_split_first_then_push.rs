// the pieces of split_first borrow the whole Vec
fn main() {
    let mut v = vec![1, 2, 3];
    if let Some((head, _tail)) = v.split_first() {
        v.push(*head);
        println!("{}", head);
    }
}
