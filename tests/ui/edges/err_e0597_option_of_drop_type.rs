// an Option of a type with a Drop impl, filled with a borrow of a later-declared value
struct Logger<'a>(&'a str);
impl Drop for Logger<'_> {
    fn drop(&mut self) { println!("bye {}", self.0); }
}
fn main() {
    let mut slot = None;
    let name = String::from("n");
    slot = Some(Logger(&name));
    println!("{}", slot.is_some());
}
