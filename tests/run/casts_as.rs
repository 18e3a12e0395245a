fn main() {
    println!("{} {} {} {}", 300i32 as u8, -1i32 as u8, -1i8 as u32, 255u8 as i8);
    println!("{} {} {}", 65536i64 as i16, -129i32 as i8, u64::MAX as i32);
    println!("{} {} {} {}", 3.99f64 as i32, -3.99f64 as i32, 1e20f64 as i32, -1e20 as i64);
    println!("{} {} {}", f64::NAN as i32, f64::INFINITY as u8, -5.0f64 as u32);
    println!("{} {} {}", 256.7f32 as u8, 2.5f32 as i8, u128::MAX as f32);
    println!("{} {} {}", i64::MAX as f64, u64::MAX as f64, 16777217i32 as f32);
    println!("{} {} {}", 'A' as u8, 'é' as u8, '日' as u32);
    println!("{} {:?} {}", 97u8 as char, 200u8 as char, true as i32);
    println!("{} {}", false as u8 + 2, (1.5f32 as f64));
    println!("{} {}", (0.1f32 as f64), (1.0f64 / 3.0) as f32 as f64);
    println!("{:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800));
    println!("{:?} {:?}", std::char::from_digit(7, 10), 'f'.to_digit(16));
    let x: i64 = -1;
    println!("{} {}", x as usize, x as u128);
    println!("{}", (x as u16) as i32);
    println!("{} {}", i32::try_from(3_000_000_000u64).is_err(), u8::try_from(255i32).unwrap());
    println!("{:?}", u8::try_from(-1i32));
    let big: u64 = 1 << 40;
    println!("{} {}", big as u32, big as i64 as f64);
    println!("{} {}", u16::from(200u8), i64::from(-5i32));
    println!("{}", (-7.5f64) as u8);
    let e = Color::Blue as i32;
    println!("{} {}", e, Color::Red as u8);
}
#[derive(Clone, Copy)]
enum Color {
    Red = 3,
    Green,
    Blue = 10,
}
