// overwriting the list head while a cursor into it is live
struct Node { val: i32, next: Option<Box<Node>> }
fn main() {
    let mut head = Node { val: 1, next: None };
    let cur = &mut head;
    head = Node { val: 2, next: None };
    cur.val += 1;
    println!("{}", head.val);
}
