// lifetimes: a reference to a temporary assigned to a declared variable
fn main() {
    let n = String::from("5").len();
    let r: &usize;
    r = &String::from("abc").len();
    println!("{} {}", n, r);
}
