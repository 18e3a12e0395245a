// a boxed trait object may run code when dropped, so what it borrows must outlive it
fn main() {
    let f: Box<dyn Fn() -> usize + '_>;
    let s = String::from("x");
    f = Box::new(|| s.len());
    println!("{}", f());
}
