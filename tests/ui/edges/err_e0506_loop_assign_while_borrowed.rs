// a borrow from the previous iteration is still used after the value is reassigned
fn main() {
    let mut s = String::from("a");
    let mut last: &str = "";
    for i in 0..3 {
        s = format!("{}", i);
        println!("{}", last);
        last = &s;
    }
}
