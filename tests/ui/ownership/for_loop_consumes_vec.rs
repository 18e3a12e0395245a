// ownership: iterating a Vec by value consumes it
fn main() {
    let items = vec![String::from("a"), String::from("b")];
    for item in items {
        println!("{}", item);
    }
    println!("{}", items.len());
}
