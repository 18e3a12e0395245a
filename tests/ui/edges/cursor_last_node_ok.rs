// walking a linked list with a `&mut` cursor, checking before borrowing
struct Node { val: i32, next: Option<Box<Node>> }
fn last(mut cur: &mut Node) -> &mut Node {
    while cur.next.is_some() {
        cur = cur.next.as_mut().unwrap();
    }
    cur
}
fn main() {
    let mut n = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    last(&mut n).val += 10;
    println!("{} {}", n.val, n.next.unwrap().val);
}
