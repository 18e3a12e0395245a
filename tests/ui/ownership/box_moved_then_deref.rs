// ownership: a Box is moved into another binding and then dereferenced
fn main() {
    let boxed = Box::new(String::from("inside"));
    let other = boxed;
    println!("{} {}", other, *boxed);
}
