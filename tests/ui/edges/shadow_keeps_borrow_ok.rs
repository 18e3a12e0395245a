// shadowing a borrowed variable does not end the borrow or drop the value
fn main() {
    let s = String::from("kept");
    let r = &s;
    let s = 5;
    println!("{} {}", r, s);
}
