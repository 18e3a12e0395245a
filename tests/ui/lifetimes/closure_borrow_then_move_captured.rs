// lifetimes: a closure borrows a String that is moved before the closure's last call
fn main() {
    let s = String::from("x");
    let c = || s.len();
    let t = s;
    println!("{} {}", c(), t);
}
