// let-else: the temporary of the initializer dies at the end of the statement
fn make() -> Option<String> { Some(String::from("t")) }
fn main() {
    let Some(s) = make().as_ref() else { return };
    println!("{}", s);
}
