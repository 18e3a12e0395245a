// the other element of a partially moved tuple is still usable
fn main() {
    let t = (String::from("a"), String::from("b"));
    let a = t.0;
    println!("{} {}", a, t.1);
}
