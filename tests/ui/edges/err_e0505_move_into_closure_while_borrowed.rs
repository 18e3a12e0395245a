// moving a value into a closure while it is borrowed
fn main() {
    let s = String::from("hi");
    let r = &s;
    let f = move || s.len();
    println!("{} {}", r, f());
}
