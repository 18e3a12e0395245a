fn pick<const B: bool>(a: i32, b: i32) -> i32 {
    if B { a } else { b }
}
fn small<const K: u8>() -> u8 { K + 1 }
fn main() {
    println!("{} {}", pick::<true>(1, 2), pick::<false>(1, 2));
    println!("{}", small::<4>());
}
