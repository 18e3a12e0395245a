// a method call on s captures all of s, then moving a field is a use after move
#[derive(Debug)]
struct S { name: String, tag: String }
impl S { fn show(&self) -> usize { self.name.len() + self.tag.len() } }
fn main() {
    let s = S { name: String::from("n"), tag: String::from("t") };
    let f = move || s.show();
    let t = s.tag;
    println!("{} {}", f(), t);
}
