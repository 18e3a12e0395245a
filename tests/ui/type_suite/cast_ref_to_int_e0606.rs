fn main() {
    let x = 5u8;
    let r = &x;
    let n = r as u32;
    println!("{}", n);
}
