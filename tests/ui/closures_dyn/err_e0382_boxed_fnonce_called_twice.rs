// A boxed FnOnce is consumed by its first call.
fn main() {
    let s = String::from("bye");
    let f: Box<dyn FnOnce() -> String> = Box::new(move || s);
    println!("{}", f());
    println!("{}", f());
}
