// borrowing: a borrow of one field live while another field is updated
#[derive(Debug)]
struct Node { val: i32, children: Vec<Node> }
fn main() {
    let mut root = Node { val: 1, children: vec![] };
    let kids = &mut root.children;
    kids.push(Node { val: 2, children: vec![] });
    root.val += 1;
    kids.push(Node { val: 3, children: vec![] });
    println!("{:?}", root);
}
