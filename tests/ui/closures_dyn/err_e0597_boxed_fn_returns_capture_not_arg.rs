// The boxed closure returns a borrow of its capture where the signature says the argument.
fn main() {
    let s = String::from("cap");
    let f: Box<dyn Fn(&str) -> &str> = Box::new(|_x| s.as_str());
    println!("{}", f("a"));
}
