// lifetimes: a closure parameter written &str is pushed into a vector from outside the closure
fn main() {
    let mut v: Vec<&str> = Vec::new();
    let mut add = |s: &str| v.push(s);
    add("x");
    println!("{:?}", v);
}
