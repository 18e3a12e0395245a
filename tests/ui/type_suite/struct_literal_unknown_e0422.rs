fn main() {
    let p = Position { x: 1 };
}
