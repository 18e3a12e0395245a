// A `Box<dyn FnOnce>` is consumed by its first call.
fn main() {
    let s = String::from("once");
    let f: Box<dyn FnOnce() -> String> = Box::new(move || s);
    let a = f();
    let b = f();
    println!("{} {}", a, b);
}
