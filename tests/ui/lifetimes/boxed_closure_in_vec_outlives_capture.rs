// lifetimes: a boxed closure borrowing an inner-scope local is pushed into an outer Vec
fn main() {
    let mut handlers: Vec<Box<dyn Fn() -> usize>> = Vec::new();
    {
        let name = String::from("x");
        handlers.push(Box::new(|| name.len()));
    }
    println!("{}", handlers.len());
}
