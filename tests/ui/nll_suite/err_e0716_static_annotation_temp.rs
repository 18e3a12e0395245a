// a &'static annotation on a borrow of a non-promotable temporary
fn five() -> i32 { 5 }
fn main() {
    let r: &'static i32 = &five();
    println!("{}", r);
}
