// Each overflowing op runs in a catch-free child step: we print results of the
// non-panicking forms and finally trigger one panic chosen by the argument count.
fn main() {
    let a: u8 = 200;
    let b: u8 = 100;
    println!("{:?} {:?}", a.checked_add(b), a.checked_sub(b));
    println!("{} {} {}", a.wrapping_add(b), b.wrapping_sub(a), a.wrapping_mul(b));
    println!("{} {} {}", a.saturating_add(b), b.saturating_sub(a), a.saturating_mul(b));
    println!("{:?} {:?} {:?}", a.overflowing_add(b), b.overflowing_sub(a), a.overflowing_mul(3));
    let m = i32::MIN;
    println!("{:?} {:?} {:?}", m.checked_neg(), m.checked_abs(), m.checked_div(-1));
    println!("{} {} {}", m.wrapping_neg(), m.wrapping_abs(), m.wrapping_div(-1));
    println!("{:?} {:?}", m.overflowing_neg(), m.overflowing_rem(-1));
    println!("{} {} {}", m.saturating_neg(), m.saturating_abs(), (-7i32).rem_euclid(3));
    println!("{} {} {}", (-7i32).div_euclid(3), -7 / 3, -7 % 3);
    println!("{:?} {:?}", 5u32.checked_rem(0), 5i64.checked_div(0));
    println!("{} {} {}", 1u32.wrapping_shl(35), (-16i32).wrapping_shr(34), 1u64.checked_shl(64).is_none());
    println!("{:?} {:?}", 2i16.checked_pow(15), 2i16.checked_pow(14));
    println!("{} {} {}", 3u8.wrapping_pow(6), 3i8.saturating_pow(5), (-3i8).saturating_pow(5));
    println!("{:?}", 10u16.overflowing_pow(5));
    println!("{} {} {}", u64::MAX.count_ones(), 1u32.leading_zeros(), 8i32.trailing_zeros());
    println!("{} {} {}", 0x12u8.rotate_left(4), 0x1234u16.swap_bytes(), 6u32.pow(3));
    println!("{} {} {}", i8::MAX.wrapping_add(1), i16::MIN.wrapping_sub(1), u32::MAX.wrapping_add(2));
    println!("{} {}", i64::MAX.saturating_add(5), i64::MIN.saturating_sub(5));
    println!("{} {} {}", (-5i32).signum(), 0i32.signum(), (-5i32).abs());
    println!("{} {}", 10u32.abs_diff(3), (-4i32).abs_diff(6));
    println!("{} {}", 7u32.is_power_of_two(), 9u32.next_power_of_two());
    let v: Vec<i32> = std::env::args().map(|s| s.len() as i32).collect();
    let k = v.len() as i32;
    let x: i32 = i32::MAX - 1 + k;
    println!("{}", x);
    let y = x + k;
    println!("unreachable {}", y);
}
