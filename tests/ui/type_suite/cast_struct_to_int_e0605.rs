struct Meters(u32);
fn main() {
    let m = Meters(3);
    let v = m as u32;
    println!("{}", v);
}
