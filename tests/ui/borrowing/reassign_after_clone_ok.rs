// borrowing: reassigning a String whose clone is borrowed
fn main() {
    let mut s = String::from("ab");
    let t = s.clone();
    let r = &t;
    s = String::from("cd");
    println!("{} {}", r, s);
}
