// lifetimes: items of an iterator pushed into an outer vector by a closure
fn main() {
    let mut v: Vec<&str> = Vec::new();
    let words = vec!["a", "b"];
    words.iter().for_each(|s| v.push(s));
    println!("{:?}", v);
}
