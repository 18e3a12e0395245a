// Boxed closures in a Vec borrow a string that is dropped before they are called.
fn main() {
    let mut fs: Vec<Box<dyn Fn() -> usize>> = Vec::new();
    {
        let s = String::from("abc");
        fs.push(Box::new(|| s.len()));
    }
    println!("{}", fs[0]());
}
