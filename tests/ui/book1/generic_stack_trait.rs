// generics + traits: a generic Stack<T>, a trait with an associated fn and a generic impl
trait Container {
    fn empty() -> Self;
    fn size(&self) -> usize;
    fn is_blank(&self) -> bool {
        self.size() == 0
    }
}

#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Container for Stack<T> {
    fn empty() -> Self {
        Stack { items: Vec::new() }
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

impl<T: Clone + std::fmt::Debug> Stack<T> {
    fn push(&mut self, t: T) -> &mut Self {
        self.items.push(t);
        self
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
}

fn fresh<C: Container>() -> C {
    C::empty()
}

fn main() {
    let mut s: Stack<String> = fresh();
    println!("blank {}", s.is_blank());
    s.push(String::from("a")).push(String::from("b")).push(String::from("c"));
    println!("{:?} size {}", s.peek(), s.size());
    let top = s.pop();
    println!("{:?} then {:?}", top, s);
    let mut nums = Stack::<i32>::empty();
    nums.push(1);
    println!("{:?} {}", nums.peek(), nums.is_blank());
}
