// lifetimes: a borrow of a local annotated as 'static
fn main() {
    let x = 10;
    let r: &'static i32 = &x;
    println!("{}", r);
}
