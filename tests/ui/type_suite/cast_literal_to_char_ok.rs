fn main() {
    let a = 65 as char;
    let offset = 2u8;
    let b = (97 + offset) as char;
    let digits: String = (0..5).map(|d| (b'0' + d) as char).collect();
    println!("{} {} {}", a, b, digits);
}
