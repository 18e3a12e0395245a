fn main() {
    println!("{:?}", char::from_digit(5, 10));
    let c = std::char::from_digit(3, 40);
    println!("{:?}", c);
}
