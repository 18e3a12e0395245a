fn main() {
    let n = 1i32;
    let b = n as bool;
    println!("{}", b);
}
