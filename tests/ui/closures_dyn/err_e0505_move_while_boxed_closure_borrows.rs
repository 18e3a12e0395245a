// The string is moved while a boxed closure still borrows it.
fn main() {
    let s = String::from("abc");
    let f: Box<dyn Fn() -> usize + '_> = Box::new(|| s.len());
    drop(s);
    println!("{}", f());
}
