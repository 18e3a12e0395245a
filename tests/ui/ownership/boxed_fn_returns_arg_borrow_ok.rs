// The boxed closure's signature comes from the `dyn Fn` it is coerced to: its result
// may borrow from its argument.
fn main() {
    let first: Box<dyn Fn(&Vec<String>) -> Option<&String>> = Box::new(|v| v.first());
    let words = vec![String::from("a")];
    println!("{:?}", first(&words));
}
