// lifetimes: a struct field holding a reference without a lifetime parameter
#[derive(Debug)]
struct Highlight {
    text: &str,
    start: usize,
}

fn main() {
    let doc = String::from("some text here");
    let h = Highlight { text: &doc[5..9], start: 5 };
    println!("{:?}", h);
}
