// lifetimes: for_each pushes item references into a captured Vec that the source Vec outlives
fn main() {
    let words = vec![String::from("a"), String::from("b")];
    let mut out: Vec<&str> = Vec::new();
    words.iter().for_each(|w| out.push(w.as_str()));
    println!("{:?}", out);
}
