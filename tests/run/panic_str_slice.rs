// panics: slicing a string inside a multi-byte character
fn main() {
    let s = "héllo";
    println!("{}", &s[0..1]);
    println!("{}", &s[3..]);
    println!("{}", &s[0..2]);
}
