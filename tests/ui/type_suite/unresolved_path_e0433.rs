fn main() {
    let m = collections::HashMap::<u8, u8>::new();
}
