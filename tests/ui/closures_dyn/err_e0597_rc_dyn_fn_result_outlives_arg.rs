// Calling through `Rc<dyn Fn(&str) -> &str>`: the result borrows the argument, which is dropped.
use std::rc::Rc;
fn main() {
    let f: Rc<dyn Fn(&str) -> &str> = Rc::new(|s| s.trim());
    let r;
    {
        let s = String::from(" x ");
        r = f(&s);
    }
    println!("{}", r);
}
