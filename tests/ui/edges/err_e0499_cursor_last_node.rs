// walking a linked list with a `&mut` cursor, then returning the cursor (NLL rejects)
struct Node { val: i32, next: Option<Box<Node>> }
fn last(mut cur: &mut Node) -> &mut Node {
    while let Some(next) = cur.next.as_mut() {
        cur = next;
    }
    cur
}
fn main() {
    let mut n = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    last(&mut n).val += 10;
    println!("{}", n.next.unwrap().val);
}
