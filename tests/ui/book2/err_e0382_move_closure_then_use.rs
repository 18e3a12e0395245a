// closures: a move closure takes the String, then the original binding is printed
fn main() {
    let motto = String::from("keep calm");
    let shout = move || {
        println!("{}!", motto.to_uppercase());
    };
    shout();
    println!("original: {}", motto);
}
