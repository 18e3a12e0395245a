// moving out of an Rc's contents
use std::rc::Rc;
struct S { name: String }
fn main() {
    let r = Rc::new(S { name: String::from("n") });
    let n = r.name;
    println!("{}", n);
}
