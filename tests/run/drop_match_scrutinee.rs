struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
impl D { fn get(&self) -> Option<u32> { Some(self.0.len() as u32) } }
fn make(s: &'static str) -> D { println!("make {}", s); D(s) }
fn main() {
    match make("scrutinee").get() {
        Some(n) => println!("arm {}", n),
        None => println!("none"),
    }
    println!("after match");
    if let Some(n) = make("iflet").get() {
        println!("in if-let {}", n);
    } else {
        println!("else");
    }
    println!("after if let");
    let n = make("let").get().unwrap();
    println!("let n = {}", n);
    if make("cond").get().is_some() {
        println!("in if");
    }
    println!("after if");
    while let Some(_) = make("while").get() {
        println!("body");
        break;
    }
    println!("end");
}
