// using the box after moving its contents out
fn main() {
    let b = Box::new(String::from("x"));
    let s = *b;
    println!("{} {}", s, b.len());
}
