// mutation: a list node read after it moved into `prev` (E0382)
// Generic containers: a Vec-backed stack, a two-stack queue, a binary search tree with
// Option<Box<Node>>, and a singly linked list using take() / as_ref() / as_mut().
use std::fmt::Debug;

#[derive(Debug, Default)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Debug> Stack<T> {
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

struct Queue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> Queue<T> {
    fn new() -> Self {
        Queue { inbox: Vec::new(), outbox: Vec::new() }
    }
    fn enqueue(&mut self, t: T) {
        self.inbox.push(t);
    }
    fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.pop()
    }
}

#[derive(Debug)]
struct Node<K, V> {
    key: K,
    val: V,
    left: Option<Box<Node<K, V>>>,
    right: Option<Box<Node<K, V>>>,
}

#[derive(Debug)]
struct Tree<K, V> {
    root: Option<Box<Node<K, V>>>,
    size: usize,
}

impl<K: Ord + Debug, V: Debug> Tree<K, V> {
    fn new() -> Self {
        Tree { root: None, size: 0 }
    }
    fn insert(&mut self, key: K, val: V) -> Option<V> {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            if key < node.key {
                cur = &mut node.left;
            } else if key > node.key {
                cur = &mut node.right;
            } else {
                return Some(std::mem::replace(&mut node.val, val));
            }
        }
        *cur = Some(Box::new(Node { key, val, left: None, right: None }));
        self.size += 1;
        None
    }
    fn get(&self, key: &K) -> Option<&V> {
        let mut cur = self.root.as_ref();
        while let Some(n) = cur {
            match key.cmp(&n.key) {
                std::cmp::Ordering::Less => cur = n.left.as_ref(),
                std::cmp::Ordering::Greater => cur = n.right.as_ref(),
                std::cmp::Ordering::Equal => return Some(&n.val),
            }
        }
        None
    }
    fn in_order<'a>(&'a self, out: &mut Vec<(&'a K, &'a V)>) {
        fn walk<'a, K, V>(n: &'a Option<Box<Node<K, V>>>, out: &mut Vec<(&'a K, &'a V)>) {
            if let Some(b) = n {
                walk(&b.left, out);
                out.push((&b.key, &b.val));
                walk(&b.right, out);
            }
        }
        walk(&self.root, out);
    }
    fn height(&self) -> usize {
        fn h<K, V>(n: &Option<Box<Node<K, V>>>) -> usize {
            match n {
                None => 0,
                Some(b) => 1 + h(&b.left).max(h(&b.right)),
            }
        }
        h(&self.root)
    }
}

struct ListNode {
    val: i32,
    next: Option<Box<ListNode>>,
}

struct List {
    head: Option<Box<ListNode>>,
}

impl List {
    fn push_front(&mut self, val: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(ListNode { val, next: old }));
    }
    fn pop_front(&mut self) -> Option<i32> {
        self.head.take().map(|n| {
            self.head = n.next;
            n.val
        })
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<ListNode>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
            println!("moved {}", node.val);
        }
        self.head = prev;
    }
    fn to_vec(&self) -> Vec<i32> {
        let mut v = vec![];
        let mut cur = &self.head;
        while let Some(n) = cur {
            v.push(n.val);
            cur = &n.next;
        }
        v
    }
    fn bump_all(&mut self, by: i32) {
        let mut cur = self.head.as_mut();
        while let Some(n) = cur {
            n.val += by;
            cur = n.next.as_mut();
        }
    }
}

fn main() {
    let mut s: Stack<String> = Stack::default();
    for w in "alpha beta gamma".split(' ') {
        s.push(w.to_uppercase());
    }
    println!("peek={:?} len={}", s.peek(), s.len());
    while let Some(top) = s.pop() {
        print!("{} ", top);
    }
    println!("| empty={:?}", s);

    let mut q = Queue::new();
    for i in 1..=3 {
        q.enqueue(i * 10);
    }
    print!("{:?} ", q.dequeue());
    q.enqueue(40);
    while let Some(x) = q.dequeue() {
        print!("{} ", x);
    }
    println!();

    let mut t = Tree::new();
    for (k, v) in [(50, "fifty"), (30, "thirty"), (70, "seventy"), (20, "twenty"), (40, "forty"), (60, "sixty")] {
        t.insert(k, v);
    }
    println!("replaced: {:?}", t.insert(40, "FORTY"));
    println!("size={} height={} get(60)={:?} get(65)={:?}", t.size, t.height(), t.get(&60), t.get(&65));
    let mut out = Vec::new();
    t.in_order(&mut out);
    println!("{:?}", out);

    let mut l = List { head: None };
    for i in 1..=5 {
        l.push_front(i);
    }
    println!("{:?}", l.to_vec());
    l.reverse();
    l.bump_all(100);
    println!("{:?} pop={:?}", l.to_vec(), l.pop_front());
    println!("{:?}", l.to_vec());
}
