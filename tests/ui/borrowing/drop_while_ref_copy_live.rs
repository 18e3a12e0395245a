// borrowing: dropping a value while a copied reference to it is used later
fn main() {
    let s = String::from("hello");
    let t = &s;
    let u = t;
    drop(s);
    println!("{}", u);
}
