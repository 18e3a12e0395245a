fn main() {
    let a = -1i32;
    let b = a as u8;
    let c = 300i32 as u8;
    let d = 3.99f64 as i32;
    let e = 'A' as u32;
    let f = 66u8 as char;
    let g = true as i32;
    let h = -1.5f32 as u32;
    println!("{} {} {} {} {} {} {}", b, c, d, e, f, g, h);
}
