// struct update syntax moves the non-Copy fields it takes
#[derive(Debug)]
struct Cfg { name: String, level: u8, tags: Vec<String> }
fn main() {
    let base = Cfg { name: String::from("b"), level: 1, tags: vec![] };
    let c = Cfg { level: 2, ..base };
    println!("{:?} {:?}", c, base.tags);
}
