fn main() {
    let a: u32 = 0b1011;
    println!("{} {} {} {}", a << 2, a >> 1, a & 6, a | 4);
    println!("{} {} {}", a ^ 0xF, !a, !0u8);
    println!("{} {}", -16i32 >> 2, (-16i32 as u32) >> 2);
    println!("{} {}", 1u8 << 7, 1i8 << 7);
    println!("{} {}", 1u64 << 63, (1u128 << 100) >> 99);
    let mut m = 1u16;
    m <<= 15;
    m >>= 3;
    m ^= 0xFF;
    m |= 1;
    m &= 0xF0F;
    println!("{}", m);
    println!("{} {}", true ^ true, false | true);
    println!("{} {}", 5i32.reverse_bits(), 0x0Fu8.reverse_bits());
    let s: u32 = std::env::args().count() as u32 + 31;
    println!("{}", 1u32 << (s - 1));
    println!("{}", 1u32 >> s);
}
