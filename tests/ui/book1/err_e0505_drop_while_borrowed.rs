// ownership: dropping a String while an Option<&String> pointing at it is still printed
fn main() {
    let name = String::from("Ferris");
    let greeting = format!("hi {name}");
    let owner = name;
    let maybe: Option<&String> = Some(&owner);
    drop(owner);
    println!("{greeting} {:?}", maybe);
}
