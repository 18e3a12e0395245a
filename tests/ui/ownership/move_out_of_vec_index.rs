// ownership: moving a String out of a Vec by indexing
fn main() {
    let names = vec![String::from("ann"), String::from("bob")];
    let first = names[0];
    println!("{}", first);
}
