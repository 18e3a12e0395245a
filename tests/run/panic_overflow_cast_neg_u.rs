fn main() {
    let a: u8 = 3;
    let b: u8 = std::hint::black_box(5);
    println!("{}", a.wrapping_sub(b));
    println!("{:?}", a.checked_sub(b));
    let c = a - b;
    println!("{}", c);
}
