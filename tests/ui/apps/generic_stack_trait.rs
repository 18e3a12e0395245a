// generic container trait with associated type, blanket-style generic fn over trait, PhantomData-free generics
trait Container {
    type Item;
    fn put(&mut self, item: Self::Item);
    fn take_out(&mut self) -> Option<Self::Item>;
    fn size(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.size() == 0
    }
}

struct Lifo<T> {
    items: Vec<T>,
}

struct Fifo<T> {
    items: std::collections::VecDeque<T>,
}

impl<T> Container for Lifo<T> {
    type Item = T;
    fn put(&mut self, item: T) {
        self.items.push(item);
    }
    fn take_out(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

impl<T> Container for Fifo<T> {
    type Item = T;
    fn put(&mut self, item: T) {
        self.items.push_back(item);
    }
    fn take_out(&mut self) -> Option<T> {
        self.items.pop_front()
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

fn fill_and_drain<C>(c: &mut C, items: Vec<C::Item>) -> Vec<C::Item>
where
    C: Container,
{
    for it in items {
        c.put(it);
    }
    let mut out = Vec::new();
    while let Some(x) = c.take_out() {
        out.push(x);
    }
    out
}

fn describe<C: Container>(c: &C) -> &'static str {
    if c.is_empty() { "empty" } else { "has items" }
}

fn main() {
    let mut stack = Lifo { items: Vec::new() };
    let mut queue = Fifo { items: std::collections::VecDeque::new() };
    println!("{:?}", fill_and_drain(&mut stack, vec![1, 2, 3, 4]));
    println!("{:?}", fill_and_drain(&mut queue, vec!["a", "b", "c"]));
    stack.put(10);
    println!("stack {} size {}, queue {}", describe(&stack), stack.size(), describe(&queue));
    let mut words = Lifo { items: vec![String::from("x")] };
    words.put("yz".to_string());
    let lens: Vec<usize> = fill_and_drain(&mut words, vec!["hello".into()]).iter().map(|s| s.len()).collect();
    println!("lens {:?}", lens);
}
