fn main() {
    let n = 3;
    let v: i32 = if n > 2 { 5 };
}
