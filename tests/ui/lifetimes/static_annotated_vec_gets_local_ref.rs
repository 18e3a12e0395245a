// lifetimes: a reference to a local pushed into a `Vec<&'static str>`
fn main() {
    let mut v: Vec<&'static str> = Vec::new();
    let s = String::from("x");
    v.push(&s);
    println!("{:?}", v);
}
