// moving out of `*r` for a shared reference to a String
fn main() {
    let s = String::from("hi");
    let r = &s;
    let t = *r;
    println!("{}", t);
}
