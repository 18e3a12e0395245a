fn main() {
    let mut s = String::new();
    for i in 0..60000 {
        s.push_str(&i.to_string());
        if i % 7 == 0 {
            s.push(',');
        }
    }
    let mut words = Vec::new();
    for part in s.split(',') {
        words.push(format!("<{}>", part.len()));
    }
    let joined = words.join("");
    println!("{} {} {}", s.len(), words.len(), joined.len());
}
