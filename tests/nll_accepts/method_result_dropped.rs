// nll_accepts: the result of a borrowing method is copied out, so the borrow ends at once
fn main() {
    let mut queue = vec![4, 8, 15];
    let head = *queue.first().unwrap();
    queue.remove(0);
    println!("{} {:?}", head, queue);
}
