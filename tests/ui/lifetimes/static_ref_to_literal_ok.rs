// lifetimes: a reference to a constant is promoted to 'static
fn main() {
    let r: &'static i32 = &10;
    println!("{}", r);
}
