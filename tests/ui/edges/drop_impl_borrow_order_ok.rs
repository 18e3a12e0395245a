// the borrowed value is declared first, so it outlives the Drop-implementing borrower
struct Logger<'a> { msg: &'a String }
impl Drop for Logger<'_> {
    fn drop(&mut self) { println!("drop {}", self.msg); }
}
fn main() {
    let s = String::from("hello");
    let log = Logger { msg: &s };
    println!("{}", log.msg.len());
}
