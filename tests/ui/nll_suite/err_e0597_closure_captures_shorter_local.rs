// a boxed closure stored outside borrows an inner local
fn main() {
    let f: Box<dyn Fn() -> usize>;
    {
        let s = String::from("inner");
        f = Box::new(|| s.len());
    }
    println!("{}", f());
}
