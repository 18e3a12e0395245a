// ownership: a method that takes self consumes the receiver
fn main() {
    let text = String::from("abc");
    let bytes = text.into_bytes();
    println!("{:?} {}", bytes, text);
}
