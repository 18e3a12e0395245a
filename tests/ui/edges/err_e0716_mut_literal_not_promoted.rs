// `&mut 5` is never promoted, so it cannot be 'static
fn main() {
    let r: &'static mut i32 = &mut 5;
    *r += 1;
    println!("{}", r);
}
