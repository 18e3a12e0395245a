// a pattern binding one field by reference and another by move leaves the tuple partly moved
fn main() {
    let t = (String::from("a"), String::from("b"));
    let (ref a, b) = t;
    println!("{} {} {}", a, b, t.0);
    println!("{:?}", t);
}
