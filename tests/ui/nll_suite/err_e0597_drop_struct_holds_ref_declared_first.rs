// a Drop type holding a reference must not outlive the referent
struct Guard<'a>(&'a String);
impl Drop for Guard<'_> { fn drop(&mut self) { println!("bye {}", self.0); } }
fn main() {
    let g;
    let s = String::from("s");
    g = Guard(&s);
    println!("made");
}
