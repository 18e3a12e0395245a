// lifetimes: a value copied out of a RefCell guard before the cell dies
fn main() {
    let r;
    {
        let c = std::cell::RefCell::new(5);
        r = *c.borrow();
    }
    println!("{}", r);
}
