// Box recursion: singly linked stack with push/pop/peek, mem::take, iterative reverse, Iterator impl
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
    len: usize,
}

impl Stack {
    fn new() -> Self {
        Stack { head: None, len: 0 }
    }

    fn push(&mut self, value: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }

    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|n| {
            self.head = n.next;
            self.len -= 1;
            n.value
        })
    }

    fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|n| &n.value)
    }

    fn peek_mut(&mut self) -> Option<&mut i32> {
        self.head.as_mut().map(|n| &mut n.value)
    }

    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = std::mem::take(&mut self.head);
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }

    fn iter(&self) -> Iter<'_> {
        Iter { next: self.head.as_deref() }
    }
}

struct Iter<'a> {
    next: Option<&'a Node>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a i32;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.map(|n| {
            self.next = n.next.as_deref();
            &n.value
        })
    }
}

fn main() {
    let mut s = Stack::new();
    for v in [3, 1, 4, 1, 5, 9] {
        s.push(v);
    }
    println!("len {} top {:?}", s.len, s.peek());
    if let Some(top) = s.peek_mut() {
        *top *= 10;
    }
    let items: Vec<String> = s.iter().map(|v| v.to_string()).collect();
    println!("[{}]", items.join(" -> "));
    s.reverse();
    let sum: i32 = s.iter().sum();
    println!("reversed first {:?}, sum {}", s.peek(), sum);
    while let Some(v) = s.pop() {
        if v > 3 {
            print!("{} ", v);
        }
    }
    println!();
    let last = s.pop();
    println!("empty: {} {:?}", s.len, last);
}
