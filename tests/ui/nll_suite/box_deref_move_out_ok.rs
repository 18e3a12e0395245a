// moving out of *box is allowed, then the box is reinitialized
fn main() {
    let mut b = Box::new(String::from("boxed"));
    let s = *b;
    b = Box::new(String::from("again"));
    println!("{} {}", s, b);
}
