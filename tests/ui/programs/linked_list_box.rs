// a singly linked list of Option<Box<Node>> with push, pop, reverse in place, peek_mut and iteration
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
    len: usize,
}

impl List {
    fn new() -> Self {
        List { head: None, len: 0 }
    }

    fn push(&mut self, val: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val, next: old }));
        self.len += 1;
    }

    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.val
        })
    }

    fn peek_mut(&mut self) -> Option<&mut i32> {
        self.head.as_mut().map(|n| &mut n.val)
    }

    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }

    fn to_vec(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(node) = cur {
            out.push(node.val);
            cur = &node.next;
        }
        out
    }
}

fn main() {
    let mut list = List::new();
    for x in [4, 8, 15, 16, 23, 42] {
        list.push(x);
    }
    println!("{:?} len {}", list.to_vec(), list.len);
    if let Some(top) = list.peek_mut() {
        *top += 100;
    }
    println!("popped {:?}", list.pop());
    list.reverse();
    println!("reversed {:?}", list.to_vec());
    while let Some(x) = list.pop() {
        if x > 10 {
            break;
        }
    }
    println!("rest {:?} len {}", list.to_vec(), list.len);
}
