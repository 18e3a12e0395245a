fn main() {
    let c: char = "a";
    println!("{}", c);
}
