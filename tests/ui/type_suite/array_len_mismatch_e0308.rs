fn main() {
    let a: [u8; 3] = [1, 2];
}
