// a value with a Drop impl holding a borrow of something declared after it
struct Logger<'a> { msg: &'a String }
impl Drop for Logger<'_> {
    fn drop(&mut self) { println!("drop {}", self.msg); }
}
fn main() {
    let log;
    let s = String::from("hello");
    log = Logger { msg: &s };
    println!("{}", log.msg.len());
}
