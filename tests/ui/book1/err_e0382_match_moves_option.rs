// ownership: a match on an Option<String> by value moves the String; reused afterwards
fn main() {
    let nickname: Option<String> = Some(String::from("ace"));
    match nickname {
        Some(n) => println!("hi {n}"),
        None => println!("hi stranger"),
    }
    if nickname.is_some() {
        println!("had a nickname");
    }
}
