// writing through a `&mut` while a shared reborrow of it is still used
fn main() {
    let mut x = 1;
    let r = &mut x;
    let s = &*r;
    *r = 2;
    println!("{}", s);
}
