// smart pointers: popping from a linked stack by moving the head out of &mut self
struct Node {
    val: u32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn pop(&mut self) -> Option<u32> {
        match self.head {
            Some(node) => {
                self.head = node.next;
                Some(node.val)
            }
            None => None,
        }
    }
}

fn main() {
    let mut s = Stack { head: Some(Box::new(Node { val: 1, next: None })) };
    println!("{:?}", s.pop());
}
