fn main() {
    let s = String::from("naïve café");
    println!("{}", &s[..3]);
    let cut = s.len() - 2;
    println!("{}", &s[cut..]);
}
