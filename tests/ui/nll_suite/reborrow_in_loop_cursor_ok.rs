// walking a linked list with a &mut cursor
struct Node { val: i32, next: Option<Box<Node>> }
fn main() {
    let mut head = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    let mut cur = &mut head;
    loop {
        cur.val *= 10;
        match cur.next {
            Some(ref mut n) => cur = n,
            None => break,
        }
    }
    println!("{} {}", head.val, head.next.as_ref().unwrap().val);
}
