fn main() {
    let r = for i in 0..3 { break i; };
}
