// traits: default methods calling required ones, impl Trait args and returns, trait bounds
trait Summary {
    fn author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.author())
    }
}

struct Article {
    headline: String,
    by: String,
}

struct Post {
    user: String,
    body: String,
    reposts: u32,
}

impl Summary for Article {
    fn author(&self) -> String {
        self.by.clone()
    }
    fn summarize(&self) -> String {
        format!("{}, by {}", self.headline, self.by)
    }
}

impl Summary for Post {
    fn author(&self) -> String {
        format!("@{}", self.user)
    }
}

fn notify(item: &impl Summary) {
    println!("Breaking! {}", item.summarize());
}

fn both<T: Summary, U: Summary>(a: &T, b: &U) -> String {
    format!("{} | {}", a.author(), b.author())
}

fn make_post(text: &str) -> impl Summary {
    Post { user: String::from("bot"), body: text.to_string(), reposts: 0 }
}

fn main() {
    let a = Article { headline: String::from("Rust 2.0?"), by: String::from("Sam") };
    let p = Post { user: String::from("kit"), body: String::from("hi"), reposts: 3 };
    notify(&a);
    notify(&p);
    println!("{}", both(&a, &p));
    let q = make_post("generated");
    println!("{}", q.summarize());
    println!("{} {}", p.body, p.reposts);
}
