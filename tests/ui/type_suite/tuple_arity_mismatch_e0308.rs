fn main() {
    let (a, b, c) = (1, 2);
}
