fn main() {
    let c = 300 as char;
    println!("{}", c);
}
