// A boxed FnOnce moving its capture out when called once.
fn main() {
    let name = String::from("done");
    let finish: Box<dyn FnOnce() -> String> = Box::new(move || name);
    let s = finish();
    println!("{}", s);
}
