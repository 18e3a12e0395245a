fn main() {
    let v = super::helper();
}
