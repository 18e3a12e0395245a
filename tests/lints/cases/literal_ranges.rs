// overflowing_literals where the type comes from an annotation or from inference
fn takes_i8(x: i8) -> i8 {
    x
}

fn main() {
    let a: u8 = 300;
    let b: i16 = -32769;
    let c = takes_i8(200);
    let d: u32 = 0x1_0000_0000;
    let e: i8 = 0xF0;
    println!("{} {} {} {} {}", a, b, c, d, e);
}
