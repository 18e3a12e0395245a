fn main() {
    let a: u32 = 3;
    let b: u64 = 4;
    println!("{}", a + b);
}
