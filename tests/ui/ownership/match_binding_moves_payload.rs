// ownership: a by-value match binding moves the payload out of the Option
fn main() {
    let maybe = Some(String::from("value"));
    match maybe {
        Some(inner) => println!("{}", inner),
        None => println!("none"),
    }
    println!("{:?}", maybe);
}
