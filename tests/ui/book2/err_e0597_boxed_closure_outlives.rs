// closures: a boxed closure borrowing a local stored in a longer-lived Vec
fn main() {
    let mut checks: Vec<Box<dyn Fn(i32) -> bool + '_>> = Vec::new();
    {
        let limit = 10;
        checks.push(Box::new(|x| x < limit));
    }
    println!("{}", checks[0](3));
}
