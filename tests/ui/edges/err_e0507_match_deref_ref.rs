// matching on `*r` with a by-value binding of a non-Copy payload
fn name(r: &Option<String>) -> String {
    match *r {
        Some(s) => s,
        None => String::new(),
    }
}
fn main() {
    println!("{}", name(&Some(String::from("a"))));
}
