// a closure capturing only shared references is Copy
fn main() {
    let s = String::from("x");
    let show = || s.len();
    let again = show;
    println!("{} {} {}", show(), again(), s);
}
