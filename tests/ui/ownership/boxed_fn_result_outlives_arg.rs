// The boxed closure's result borrows from its argument, which is dropped too early.
fn main() {
    let first: Box<dyn Fn(&Vec<String>) -> Option<&String>> = Box::new(|v| v.first());
    let r;
    {
        let words = vec![String::from("a")];
        r = first(&words);
    }
    println!("{:?}", r);
}
