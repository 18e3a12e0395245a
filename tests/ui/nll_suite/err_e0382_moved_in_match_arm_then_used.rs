// a match arm moves the binding out of the option
fn main() {
    let o = Some(String::from("x"));
    match o {
        Some(s) => println!("{}", s),
        None => {}
    }
    println!("{:?}", o);
}
