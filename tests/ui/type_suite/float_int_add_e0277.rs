fn main() {
    let a = 1.5;
    let b = a + 2;
    println!("{}", b);
}
