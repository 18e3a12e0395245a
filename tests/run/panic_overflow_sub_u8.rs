fn dec(x: u8, by: u8) -> u8 {
    x - by
}
fn main() {
    let mut v = 3u8;
    for i in 0..5u8 {
        v = dec(v, i);
        println!("{}", v);
    }
}
