// moving a field out of a value whose type implements Drop
struct Conn { name: String, id: u32 }
impl Drop for Conn {
    fn drop(&mut self) { println!("close {}", self.id); }
}
fn main() {
    let c = Conn { name: String::from("db"), id: 1 };
    let name = c.name;
    println!("{}", name);
}
