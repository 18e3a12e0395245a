// borrowing from a temporary String that is dropped at the end of the statement
fn main() {
    let s: &str = String::from("hello").as_str();
    println!("{}", s);
}
