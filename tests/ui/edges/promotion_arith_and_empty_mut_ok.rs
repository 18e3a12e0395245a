// arithmetic on literals and `&mut []` are promoted to 'static
fn main() {
    let a: &'static i32 = &(1 + 2 * 3);
    let b: &'static [i32; 3] = &[1, 2, 3];
    let c: &'static mut [i32; 0] = &mut [];
    let d: &'static Option<i32> = &None;
    println!("{} {:?} {:?} {:?}", a, b, c, d);
}
