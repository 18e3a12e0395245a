// borrowing: reassigning a String while a slice of it is used later
fn main() {
    let mut s = String::from("ab");
    let t = &s[0..1];
    s = String::from("cd");
    println!("{} {}", t, s);
}
