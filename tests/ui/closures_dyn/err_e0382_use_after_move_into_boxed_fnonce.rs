// A String moved into a boxed FnOnce cannot be used afterwards.
fn main() {
    let s = String::from("x");
    let f: Box<dyn FnOnce() -> String> = Box::new(move || s);
    println!("{}", s);
    f();
}
