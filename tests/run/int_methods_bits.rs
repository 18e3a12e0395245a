fn main() {
    println!("{} {} {}", 0x1234u16.rotate_left(4), 0x80000001u32.rotate_right(1), (-2i8).rotate_left(1));
    println!("{} {} {}", 1u32.leading_zeros(), 0u64.leading_zeros(), (-1i32).leading_zeros());
    println!("{} {} {}", 40u8.trailing_zeros(), 0b0111u8.count_ones(), 0x0Fu8.reverse_bits());
    println!("{} {} {}", 0x1234u16.swap_bytes(), u32::from_be_bytes(0x12345678u32.to_le_bytes()), i16::from_be_bytes([1, 2]));
    println!("{:?} {:?}", 258u16.to_le_bytes(), (-2i32).to_be_bytes());
    println!("{} {} {}", 99u32.isqrt(), 1000u64.ilog10(), 1024u32.ilog2());
    println!("{} {} {}", 81u32.ilog(3), 2i32.pow(10), (-3i64).pow(3));
    println!("{:?} {:?} {:?}", 2u8.checked_pow(8), 2u8.checked_pow(7), 7u32.checked_next_power_of_two());
    println!("{} {}", 200u8.wrapping_mul(3), (-128i8).wrapping_neg());
    println!("{:?} {:?}", 100i8.overflowing_mul(2), i32::MIN.overflowing_neg());
    println!("{} {} {}", 250u8.saturating_add(10), (-100i8).saturating_sub(100), i64::MIN.saturating_abs());
    println!("{} {} {}", (-5i32).abs_diff(7), 3u8.abs_diff(250), (-17i32).signum());
    println!("{:?} {:?}", 7u32.checked_div(0), i32::MIN.checked_div(-1));
    println!("{:?} {:?}", 7i32.checked_rem(2), 5u8.checked_sub(6));
    println!("{} {}", 17u32.next_power_of_two(), 16u32.is_power_of_two());
    println!("{} {} {}", u8::MAX.count_ones(), i8::MIN, u16::BITS);
    println!("{} {}", 7u32.div_ceil(2), 13i32.unsigned_abs());
    println!("{:?} {:?}", 1u64.checked_shl(64), 1u64.wrapping_shl(65));
}
