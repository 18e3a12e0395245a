fn main() {
    let n = 42u32;
    println!("{}", n[1]);
}
