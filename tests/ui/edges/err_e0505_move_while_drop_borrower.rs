// moving the borrowed value while a Drop-implementing borrower is still alive
struct Logger<'a> { msg: &'a String }
impl Drop for Logger<'_> {
    fn drop(&mut self) { println!("drop {}", self.msg); }
}
fn main() {
    let s = String::from("hello");
    let log = Logger { msg: &s };
    let t = s;
    println!("{}", t);
    let _ = &log;
}
