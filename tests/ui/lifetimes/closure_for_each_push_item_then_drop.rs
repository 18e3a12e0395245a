// lifetimes: for_each pushes item references into a captured Vec, then the source Vec is dropped
fn main() {
    let words = vec![String::from("a"), String::from("b")];
    let mut out: Vec<&str> = Vec::new();
    words.iter().for_each(|w| out.push(w.as_str()));
    drop(words);
    println!("{:?}", out);
}
