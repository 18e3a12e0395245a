// constants are promoted to 'static
fn main() {
    let r: &'static i32 = &(2 + 3);
    let s: &'static [u8] = &[1, 2, 3];
    let t: &'static str = "lit";
    println!("{} {:?} {}", r, s, t);
}
