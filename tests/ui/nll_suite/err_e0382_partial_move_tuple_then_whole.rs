// moving a tuple element then using the tuple
fn main() {
    let t = (String::from("a"), String::from("b"));
    let a = t.0;
    let u = t;
    println!("{} {:?}", a, u);
}
