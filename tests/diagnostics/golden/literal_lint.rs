fn main() {
    let small: u8 = 256;
    let tiny: i8 = -129;
    println!("{} {}", small, tiny);
}
