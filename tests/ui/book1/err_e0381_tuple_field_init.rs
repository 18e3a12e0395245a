// variables: assigning one field of a declared-but-uninitialized tuple
fn main() {
    let point: (i32, i32);
    let base = 10;
    point.0 = base * 2;
    println!("x = {}", point.0);
}
