fn main() {
    let v = vec![1u8, 2];
    let m: u8 = v.iter().max();
    println!("{}", m);
}
