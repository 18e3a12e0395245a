// the temporary lives through the if-let body
fn make() -> Vec<String> { vec![String::from("a")] }
fn main() {
    if let Some(s) = make().first() {
        println!("{}", s);
    }
    while let Some(n) = make().pop().filter(|_| false) {
        println!("{}", n);
    }
}
