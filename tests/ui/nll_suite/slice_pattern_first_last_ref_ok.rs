// slice patterns binding by reference
fn ends(v: &[String]) -> (usize, usize) {
    match v {
        [first, .., last] => (first.len(), last.len()),
        [one] => (one.len(), 0),
        [] => (0, 0),
    }
}
fn main() {
    let v = vec![String::from("ab"), String::from("c"), String::from("def")];
    println!("{:?}", ends(&v));
}
