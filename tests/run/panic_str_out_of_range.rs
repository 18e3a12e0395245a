fn main() {
    let s = "hello";
    let n = std::env::args().count() + 9;
    println!("{}", &s[2..n]);
}
