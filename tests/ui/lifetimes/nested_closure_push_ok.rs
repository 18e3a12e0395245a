// lifetimes: an inner closure pushes a captured reference into a Vec captured by the outer closure
fn main() {
    let a = String::from("a");
    let mut v: Vec<&String> = Vec::new();
    let mut outer = || { let mut inner = || v.push(&a); inner(); };
    outer();
    println!("{}", v.len());
}
