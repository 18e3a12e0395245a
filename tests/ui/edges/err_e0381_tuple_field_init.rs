// initializing a declared-but-uninitialized tuple one field at a time
fn main() {
    let mut t: (i32, String);
    t.0 = 1;
    t.1 = String::from("x");
    println!("{} {}", t.0, t.1);
}
