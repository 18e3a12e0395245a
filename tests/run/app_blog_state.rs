// A post workflow with the state pattern: Box<dyn State> with `self: Box<Self>` transitions,
// plus the same workflow encoded in types (each state its own struct).
trait State {
    fn request_review(self: Box<Self>) -> Box<dyn State>;
    fn approve(self: Box<Self>) -> Box<dyn State>;
    fn reject(self: Box<Self>) -> Box<dyn State>;
    fn content<'a>(&self, _post: &'a Post) -> &'a str {
        ""
    }
    fn name(&self) -> &'static str;
    fn can_edit(&self) -> bool {
        false
    }
}

struct Draft;
struct Pending {
    approvals: u32,
}
struct Published;

impl State for Draft {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        Box::new(Pending { approvals: 0 })
    }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn reject(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn name(&self) -> &'static str {
        "draft"
    }
    fn can_edit(&self) -> bool {
        true
    }
}

impl State for Pending {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        if self.approvals + 1 >= 2 {
            Box::new(Published)
        } else {
            Box::new(Pending { approvals: self.approvals + 1 })
        }
    }
    fn reject(self: Box<Self>) -> Box<dyn State> {
        Box::new(Draft)
    }
    fn name(&self) -> &'static str {
        "pending"
    }
}

impl State for Published {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn reject(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn content<'a>(&self, post: &'a Post) -> &'a str {
        &post.content
    }
    fn name(&self) -> &'static str {
        "published"
    }
}

pub struct Post {
    state: Option<Box<dyn State>>,
    content: String,
}

impl Post {
    pub fn new() -> Post {
        Post { state: Some(Box::new(Draft)), content: String::new() }
    }
    pub fn add_text(&mut self, text: &str) -> bool {
        if self.state.as_ref().map_or(false, |s| s.can_edit()) {
            self.content.push_str(text);
            true
        } else {
            false
        }
    }
    pub fn content(&self) -> &str {
        self.state.as_ref().unwrap().content(self)
    }
    fn transition(&mut self, f: fn(Box<dyn State>) -> Box<dyn State>) {
        if let Some(s) = self.state.take() {
            self.state = Some(f(s));
        }
    }
    pub fn request_review(&mut self) {
        self.transition(|s| s.request_review());
    }
    pub fn approve(&mut self) {
        self.transition(|s| s.approve());
    }
    pub fn reject(&mut self) {
        self.transition(|s| s.reject());
    }
    fn status(&self) -> String {
        format!("[{}] {:?}", self.state.as_ref().unwrap().name(), self.content())
    }
}

// The same flow with types: invalid transitions do not compile.
struct DraftPost {
    text: String,
}
struct PendingPost {
    text: String,
}
struct PublishedPost {
    text: String,
}

impl DraftPost {
    fn new() -> Self {
        DraftPost { text: String::new() }
    }
    fn write(&mut self, s: &str) {
        self.text += s;
    }
    fn review(self) -> PendingPost {
        PendingPost { text: self.text }
    }
}

impl PendingPost {
    fn approve(self) -> PublishedPost {
        PublishedPost { text: self.text }
    }
    fn reject(self) -> DraftPost {
        DraftPost { text: self.text }
    }
}

fn main() {
    let mut post = Post::new();
    post.add_text("I ate a salad for lunch today");
    println!("{}", post.status());
    post.request_review();
    println!("edit while pending: {}", post.add_text("!!!"));
    println!("{}", post.status());
    post.approve();
    println!("{}", post.status());
    post.reject();
    println!("{}", post.status());
    post.add_text(" and soup");
    post.request_review();
    post.approve();
    post.approve();
    println!("{}", post.status());
    post.reject();
    println!("{}", post.status());

    let mut d = DraftPost::new();
    d.write("typed ");
    let mut d2 = d.review().reject();
    d2.write("states");
    let published = d2.review().approve();
    println!("typed flow: {}", published.text);
}
