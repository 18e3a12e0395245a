// pushing a String moves it
fn main() {
    let s = String::from("x");
    let mut v = Vec::new();
    v.push(s);
    println!("{} {:?}", s, v);
}
