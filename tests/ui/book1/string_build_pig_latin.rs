// strings: push_str, format!, chars, bytes, pig latin conversion
fn pig_latin(word: &str) -> String {
    let mut chars = word.chars();
    let first = match chars.next() {
        Some(c) => c,
        None => return String::new(),
    };
    if "aeiouAEIOU".contains(first) {
        format!("{word}-hay")
    } else {
        let rest: String = chars.collect();
        format!("{rest}-{first}ay")
    }
}

fn main() {
    let mut s = String::new();
    s.push_str("first");
    s.push(' ');
    s += "apple";
    println!("{s}");
    let converted: Vec<String> = s.split(' ').map(pig_latin).collect();
    println!("{}", converted.join(" "));

    let t1 = String::from("tic");
    let t2 = String::from("tac");
    let t3 = String::from("toe");
    let joined = format!("{t1}-{t2}-{t3}");
    println!("{joined} ({t1} still here)");

    for c in "नम".chars() {
        print!("[{c}]");
    }
    println!();
    println!("{} bytes", "नम".bytes().count());

    let mut word = String::from("Rust");
    word.insert(0, '>');
    let popped = word.pop();
    println!("{word} {:?} {}", popped, word.is_empty());
    let replaced = "a-b-c".replace('-', "+");
    println!("{replaced} {}", replaced.starts_with("a+"));
    let caps: String = "mixed Case".chars().filter(|c| c.is_uppercase()).collect();
    println!("caps={caps}");
}
