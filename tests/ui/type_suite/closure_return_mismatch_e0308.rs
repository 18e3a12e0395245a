fn main() {
    let f = |x: i32| -> i32 { if x > 0 { return "pos"; } x };
}
