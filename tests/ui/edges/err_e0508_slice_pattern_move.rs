// binding by move in a slice pattern over a borrowed slice is not allowed
fn head(v: &[String]) -> String {
    match *v {
        [ref first, ..] => first.clone(),
        [] => String::new(),
    }
}
fn tail(v: &[String]) -> String {
    match *v {
        [.., last] => last,
        [] => String::new(),
    }
}
fn main() {
    let v = vec![String::from("a")];
    println!("{} {}", head(&v), tail(&v));
}
