// struct update syntax taking only Copy fields leaves the base usable
#[derive(Debug)]
struct Cfg { name: String, level: u8, verbose: bool }
fn main() {
    let base = Cfg { name: String::from("x"), level: 1, verbose: false };
    let c = Cfg { name: String::from("y"), ..base };
    println!("{:?} {:?}", c, base);
}
