fn main() {
    let s = String::from("abc");
    let r = &s;
    println!("{:e}", r);
}
