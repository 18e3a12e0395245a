// a &'static annotation on a borrow of a local
fn main() {
    let x = 5;
    let r: &'static i32 = &x;
    println!("{}", r);
}
