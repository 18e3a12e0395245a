// a call, even to a const fn, is not promoted to 'static in a function body
const fn double(x: i32) -> i32 { x * 2 }
fn main() {
    let r: &'static i32 = &double(4);
    println!("{}", r);
}
