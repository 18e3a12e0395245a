// integers: checked/wrapping/saturating, casts, shifts, euclid, bit ops
fn main() {
    let a: u8 = 250;
    println!("{:?} {:?} {} {}", a.checked_add(5), a.checked_add(6), a.wrapping_add(10), a.saturating_add(10));
    let b: i32 = -17;
    println!("{} {} {} {}", b / 5, b % 5, b.rem_euclid(5), b.div_euclid(5));
    println!("{} {} {}", b.abs(), b.pow(2), (b as u32));
    println!("{} {} {}", 1u32 << 31, -1i64 >> 3, 0xF0u8 >> 4);
    println!("{} {} {}", !0u16, !5i32, 6 ^ 3);
    println!("{:?} {:?}", 200u8.overflowing_add(100), i32::MAX.checked_mul(2));
    println!("{} {}", (3.99f64) as i32, (-1.5f64) as u8);
    println!("{} {}", 300i32 as u8, 65u8 as char);
    println!("{} {}", u64::MAX.count_ones(), 40u32.leading_zeros());
    println!("{}", i16::MIN);
    let big: u64 = 1 << 40;
    println!("{}", big * 1000);
    let v: Vec<usize> = vec![1, 2, 3];
    let idx = v.len() - 1;
    println!("{}", v[idx]);
    println!("{:?}", (1..=5).map(|x: u64| x.pow(3)).collect::<Vec<_>>());
}
