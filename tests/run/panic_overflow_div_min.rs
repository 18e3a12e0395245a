fn main() {
    let d = -(std::env::args().count() as i32);
    println!("{}", 7 / d);
    println!("{}", i32::MIN % 3);
    println!("{}", i32::MIN / d);
}
