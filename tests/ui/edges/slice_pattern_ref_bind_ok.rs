// binding by reference in slice patterns (default binding mode) over a slice
fn ends(v: &[String]) -> (String, usize) {
    match v {
        [first, middle @ .., last] => (format!("{}{}", first, last), middle.len()),
        [only] => (only.clone(), 0),
        [] => (String::new(), 0),
    }
}
fn main() {
    let v = vec![String::from("a"), String::from("b"), String::from("c")];
    println!("{:?}", ends(&v));
}
