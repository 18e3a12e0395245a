fn add(a: i32, b: i32) -> i32 { a + b }
fn main() {
    let f: fn(i32, i32) -> i32 = add;
    let g: &dyn Fn(i32) -> i32 = &|x| x;
    println!("{}", f(1));
    println!("{}", g(1, 2));
}
