fn main() {
    let b: u8 = 256;
    println!("{}", b);
}
