// A String passed by value to a boxed closure is moved into the call.
fn main() {
    let consume: Box<dyn Fn(String) -> usize> = Box::new(|s| s.len());
    let s = String::from("moved");
    let n = consume(s);
    println!("{} {}", n, s);
}
