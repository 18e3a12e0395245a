fn main() {
    let x: u32<u8> = 3;
}
