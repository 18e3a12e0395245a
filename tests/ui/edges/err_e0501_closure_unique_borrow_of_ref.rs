// a closure writing through a captured `&mut` holds a unique borrow of the reference
fn main() {
    let mut x = 0;
    let r = &mut x;
    let mut set = || *r += 1;
    let peek = &r;
    set();
    println!("{}", peek);
}
