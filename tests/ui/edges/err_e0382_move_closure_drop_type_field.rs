// a move closure using a field of a Drop type captures the whole value
struct Conn { name: String, tag: String }
impl Drop for Conn {
    fn drop(&mut self) {}
}
fn main() {
    let c = Conn { name: String::from("a"), tag: String::from("b") };
    let f = move || c.name.len();
    println!("{}", c.tag);
    println!("{}", f());
}
