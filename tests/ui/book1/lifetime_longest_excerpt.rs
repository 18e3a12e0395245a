// lifetimes: longest with an explicit lifetime, struct holding a &str, elision in methods
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn level(&self) -> i32 {
        3
    }
    fn announce(&self, note: &str) -> &str {
        println!("Attention: {note}");
        self.part
    }
}

fn pick<'a, 'b>(x: &'a str, _y: &'b str) -> &'a str {
    x
}

fn main() {
    let s1 = String::from("long string is long");
    let result;
    {
        let s2 = String::from("xyz");
        let r = longest(s1.as_str(), s2.as_str());
        println!("longest inside: {r}");
        result = pick(s1.as_str(), s2.as_str());
    }
    println!("picked: {result}");

    let novel = String::from("Call me Ishmael. Some years ago...");
    let first = novel.split('.').next().expect("a sentence");
    let e = Excerpt { part: first };
    println!("{} level {}", e.announce("hi"), e.level());

    let static_s: &'static str = "I live forever";
    println!("{}", longest(static_s, first_line("a\nb")));
}
