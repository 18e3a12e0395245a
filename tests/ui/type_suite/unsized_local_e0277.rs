fn main() {
    let s: str = *"abc";
}
