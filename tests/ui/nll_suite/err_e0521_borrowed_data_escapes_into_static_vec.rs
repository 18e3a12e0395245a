// pushing a parameter reference into a Vec<&'static str>
fn keep(store: &mut Vec<&'static str>, s: &str) {
    store.push(s);
}
fn main() {
    let mut v = Vec::new();
    keep(&mut v, "x");
    println!("{:?}", v);
}
