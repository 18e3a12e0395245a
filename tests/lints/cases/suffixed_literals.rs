// overflowing_literals on literals whose suffix fixes their type
fn main() {
    let level = 256u8;
    let steps = [1i8, 127i8, 128i8];
    let tiny = 70000u16;
    let ok = 255u8;
    println!("{} {:?} {} {}", level, steps, tiny, ok);
}
