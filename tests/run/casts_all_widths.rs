fn main() {
    let v: i64 = -1;
    println!("{} {} {} {} {}", v as u8, v as u16, v as u32, v as u64, v as u128);
    let big: u64 = 0x1_2345_6789;
    println!("{} {} {} {}", big as i8, big as i16, big as i32, big as usize);
    println!("{} {} {}", 300i32 as u8, -129i32 as i8, 65535u16 as i16);
    println!("{} {} {}", 255u8 as i8 as i32, -1i8 as u8 as u32, 'A' as u8);
    println!("{} {} {}", 97u8 as char, 0x263Au16 as u8 as char, true as i32 + false as i32);
    println!("{} {} {} {}", 3.99f64 as i32, -3.99f64 as i32, 1e20 as i32, -1e20 as i64);
    println!("{} {} {}", f64::NAN as i32, f64::INFINITY as u8, -5.0f32 as u32);
    println!("{} {} {}", 300.7f32 as u8, 2.5f64 as u64, -0.9f64 as i8);
    println!("{} {}", i64::MAX as f64, u64::MAX as f32);
    println!("{} {}", 16777217i32 as f32, 9007199254740993i64 as f64);
    println!("{} {}", 1.0e40f64 as f32, 1.1f32 as f64);
    println!("{} {}", i32::MIN as i64, u32::MAX as i32);
    println!("{} {}", 'é' as u32, 'é' as u8);
    println!("{} {}", (0.1f32 + 0.2f32) as f64, 0.1 + 0.2);
}
