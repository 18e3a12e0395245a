// ownership: destructuring a tuple moves its String out, then the tuple is used
fn main() {
    let pair = (String::from("left"), 7);
    let (text, n) = pair;
    println!("{} {}", text, n);
    println!("{:?}", pair);
}
