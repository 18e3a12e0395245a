// moving out of a Box that is behind a shared reference
fn main() {
    let b = &Box::new(String::from("x"));
    let s = **b;
    println!("{}", s);
}
