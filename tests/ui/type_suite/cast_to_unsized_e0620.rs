fn main() {
    let v = &[1, 2, 3];
    let s = v as [i32];
}
