// ownership: a moved variable may be assigned again and then used
fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let mut word = String::from("hello");
    let loud = shout(word);
    word = String::from("again");
    println!("{} {}", loud, word);
}
