// With `F: FnMut(&str)` the closure's argument may not be stored in a captured Vec.
fn each<F: FnMut(&str)>(mut f: F) { f("x"); }
fn main() {
    let mut v: Vec<&str> = Vec::new();
    each(|s| v.push(s));
    println!("{:?}", v);
}
