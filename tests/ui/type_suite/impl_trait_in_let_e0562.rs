fn main() {
    let x: impl std::fmt::Display = 5;
    println!("{}", x);
}
