// fields given explicitly are not moved out of the base
#[derive(Debug)]
struct Cfg { name: String, level: u8, tags: Vec<String> }
fn main() {
    let base = Cfg { name: String::from("b"), level: 1, tags: vec![] };
    let c = Cfg { name: String::from("c"), tags: Vec::new(), ..base };
    println!("{:?} {} {}", c, base.name, base.level);
}
