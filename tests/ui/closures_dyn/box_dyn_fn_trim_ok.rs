// A boxed closure whose result borrows from its argument: `Fn(&str) -> &str` elides to one lifetime.
fn main() {
    let trim: Box<dyn Fn(&str) -> &str> = Box::new(|s| s.trim());
    let line = String::from("  hello  ");
    let t = trim(&line);
    println!("[{}]", t);
}
