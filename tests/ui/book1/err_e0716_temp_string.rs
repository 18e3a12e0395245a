// lifetimes: borrowing from a temporary String that is dropped at the end of the statement
fn main() {
    let greeting: &str = String::from("hello world").as_str();
    let shout = greeting.to_uppercase();
    println!("{greeting} {shout}");
}
