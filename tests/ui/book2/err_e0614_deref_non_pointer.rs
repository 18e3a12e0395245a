// smart pointers: dereferencing a plain integer
fn main() {
    let n: u32 = 5;
    let m = *n + 1;
    println!("{m}");
}
