// ownership: a closure borrowing a String is called twice, the String used after
fn main() {
    let greeting = String::from("hey");
    let say = |who: &str| format!("{} {}", greeting, who);
    println!("{}", say("a"));
    println!("{}", say("b"));
    println!("{}", greeting);
}
