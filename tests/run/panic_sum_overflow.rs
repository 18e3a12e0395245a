fn main() {
    let v: Vec<u8> = vec![100, 100, 60];
    let small: u32 = v.iter().map(|&x| x as u32).sum();
    println!("{}", small);
    let total: u8 = v.iter().sum();
    println!("{}", total);
}
