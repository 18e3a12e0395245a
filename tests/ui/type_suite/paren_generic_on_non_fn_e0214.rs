fn main() {
    let v: Vec(u8) = Vec::new();
}
