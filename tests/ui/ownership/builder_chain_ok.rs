// ownership: a builder whose methods take self and return Self
struct Req {
    url: String,
    headers: Vec<String>,
}

impl Req {
    fn new(url: &str) -> Req {
        Req { url: url.to_string(), headers: Vec::new() }
    }
    fn header(mut self, h: &str) -> Req {
        self.headers.push(h.to_string());
        self
    }
}

fn main() {
    let r = Req::new("/a").header("x").header("y");
    println!("{} {}", r.url, r.headers.len());
}
