fn main() {
    let s = String::from("añb日");
    println!("{}", &s[0..1]);
    println!("{}", &s[3..]);
    let end = std::env::args().count() + 1;
    println!("{}", &s[..end]);
}
