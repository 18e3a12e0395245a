// ownership: a move closure takes a String, which is printed afterwards
fn main() {
    let greeting = String::from("hi");
    let say = move || println!("{}", greeting);
    say();
    println!("{}", greeting);
}
