fn main() {
    let n: i32 = while false {};
}
