// iterators: dereferencing String items of iter() to take them by value
fn main() {
    let names = vec![String::from("ann"), String::from("bob")];
    let taken: Vec<String> = names.iter().map(|n| *n).collect();
    println!("{:?} {:?}", taken, names);
}
