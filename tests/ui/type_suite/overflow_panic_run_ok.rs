fn main() {
    let v: Vec<u8> = vec![200, 100];
    let mut s: u8 = 0;
    for x in v { s += x; }
    println!("{}", s);
}
