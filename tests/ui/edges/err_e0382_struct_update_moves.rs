// struct update syntax moves the non-Copy fields it takes from the base
#[derive(Debug)]
struct Cfg { name: String, level: u8, verbose: bool }
fn main() {
    let base = Cfg { name: String::from("x"), level: 1, verbose: false };
    let c = Cfg { level: 2, ..base };
    println!("{:?} {}", c, base.name);
}
