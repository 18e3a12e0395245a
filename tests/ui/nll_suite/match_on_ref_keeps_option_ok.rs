// matching on &o leaves it usable
fn main() {
    let o = Some(String::from("x"));
    match &o {
        Some(s) => println!("{}", s),
        None => {}
    }
    println!("{:?}", o);
}
