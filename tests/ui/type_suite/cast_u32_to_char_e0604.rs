fn main() {
    let code: u32 = 65;
    let c = code as char;
    println!("{}", c);
}
