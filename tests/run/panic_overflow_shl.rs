fn shift(x: u32, by: u32) -> u32 { x << by }
fn main() {
    println!("{}", shift(1, 31));
    let n = std::hint::black_box(32);
    println!("{}", shift(1, n));
}
