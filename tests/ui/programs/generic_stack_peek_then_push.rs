// a generic stack whose top element is peeked and then a new element pushed while the peek is in use
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Display> Stack<T> {
    fn push(&mut self, x: T) {
        self.items.push(x);
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

fn main() {
    let mut undo: Stack<String> = Stack { items: Vec::new() };
    undo.push(String::from("type hello"));
    undo.push(String::from("bold"));
    if let Some(top) = undo.peek() {
        undo.push(format!("repeat {}", top));
        println!("repeated {}", top);
    }
    for step in &undo.items {
        println!("{}", step);
    }
    println!("{}", summary(&undo.items));
}

fn summary(steps: &[String]) -> String {
    let repeats = steps.iter().filter(|s| s.starts_with("repeat")).count();
    format!("{} steps, {} repeats", steps.len(), repeats)
}
