// ownership: moving a String out of a Vec by indexing
fn main() {
    let names = vec![String::from("ann"), String::from("ben")];
    let first: String = names[0];
    println!("{first} {}", names.len());
}
