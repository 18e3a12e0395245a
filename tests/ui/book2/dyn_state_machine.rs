// trait objects: a document workflow with Box<dyn State> and self: Box<Self> transitions
trait State {
    fn submit(self: Box<Self>) -> Box<dyn State>;
    fn approve(self: Box<Self>) -> Box<dyn State>;
    fn reject(self: Box<Self>) -> Box<dyn State>;
    fn label(&self) -> &'static str;
    fn visible<'a>(&self, _text: &'a str) -> &'a str {
        ""
    }
}

struct Draft;
struct Review {
    approvals: u8,
}
struct Published;

impl State for Draft {
    fn submit(self: Box<Self>) -> Box<dyn State> {
        Box::new(Review { approvals: 0 })
    }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn reject(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn label(&self) -> &'static str {
        "draft"
    }
}

impl State for Review {
    fn submit(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        if self.approvals + 1 >= 2 {
            Box::new(Published)
        } else {
            Box::new(Review { approvals: self.approvals + 1 })
        }
    }
    fn reject(self: Box<Self>) -> Box<dyn State> {
        Box::new(Draft)
    }
    fn label(&self) -> &'static str {
        "review"
    }
}

impl State for Published {
    fn submit(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn reject(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn label(&self) -> &'static str {
        "published"
    }
    fn visible<'a>(&self, text: &'a str) -> &'a str {
        text
    }
}

struct Doc {
    state: Option<Box<dyn State>>,
    text: String,
}

impl Doc {
    fn step(&mut self, action: &str) {
        if let Some(s) = self.state.take() {
            self.state = Some(match action {
                "submit" => s.submit(),
                "approve" => s.approve(),
                _ => s.reject(),
            });
        }
        println!("{action:>8} -> {}", self.state.as_ref().unwrap().label());
    }
    fn content(&self) -> &str {
        self.state.as_ref().unwrap().visible(&self.text)
    }
}

fn main() {
    let mut d = Doc { state: Some(Box::new(Draft)), text: String::from("hello world") };
    for a in ["approve", "submit", "approve", "reject", "submit", "approve", "approve"] {
        d.step(a);
        println!("  content: {:?}", d.content());
    }
}
