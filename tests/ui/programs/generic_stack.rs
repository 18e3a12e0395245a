// a generic stack with peek/pop, used for bracket matching and for reversing strings
#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone + std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, x: T) {
        self.items.push(x);
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

fn balanced(text: &str) -> Result<(), (usize, char)> {
    let mut open: Stack<(usize, char)> = Stack::new();
    for (i, c) in text.chars().enumerate() {
        match c {
            '(' | '[' | '{' => open.push((i, c)),
            ')' | ']' | '}' => {
                let want = match c { ')' => '(', ']' => '[', _ => '{' };
                match open.peek() {
                    Some(&(_, top)) if top == want => {
                        open.pop();
                    }
                    _ => return Err((i, c)),
                }
            }
            _ => {}
        }
    }
    match open.pop() {
        Some(unclosed) => Err(unclosed),
        None => Ok(()),
    }
}

fn reversed<T: Clone + std::fmt::Debug>(items: &[T]) -> Vec<T> {
    let mut s = Stack::new();
    for x in items {
        s.push(x.clone());
    }
    let mut out = Vec::with_capacity(s.len());
    while let Some(x) = s.pop() {
        out.push(x);
    }
    out
}

fn main() {
    for text in ["(a[b]{c})", "(]", "{[()()]", "x + y"] {
        println!("{:>10} -> {:?}", text, balanced(text));
    }
    println!("{:?}", reversed(&[1, 2, 3, 4]));
    println!("{:?}", reversed(&["x".to_string(), "y".to_string()]));
}
