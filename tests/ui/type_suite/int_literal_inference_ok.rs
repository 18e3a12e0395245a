fn takes_u64(x: u64) -> u64 { x * 2 }
fn main() {
    let a = 5;
    let b = takes_u64(a);
    let v = vec![1, 2, 3];
    let s: u16 = v.iter().sum();
    let big = 1 << 40;
    let z: i64 = big;
    println!("{} {} {} {}", a, b, s, z);
    let m = u8::MAX.wrapping_add(1);
    println!("{}", m);
}
