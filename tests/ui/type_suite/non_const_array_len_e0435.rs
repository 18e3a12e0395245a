fn main() {
    let n = 4;
    let a = [0u8; n];
    println!("{}", a.len());
}
