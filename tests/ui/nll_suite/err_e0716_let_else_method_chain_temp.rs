// let-else does not extend a temporary behind a method call
fn words() -> Vec<String> { vec![String::from("w")] }
fn main() {
    let Some(w) = words().first() else { return };
    println!("{}", w);
}
