// `break &temp()` from a loop: the temporary dies with the break expression's statement
fn temp() -> String { String::from("t") }
fn main() {
    let r = loop { break &temp(); };
    println!("{}", r);
}
