// a borrow from the previous iteration is dead before the value is reassigned
fn main() {
    let mut s = String::from("a");
    let mut last: &str = "";
    for i in 0..3 {
        if i > 0 {
            println!("{}", last);
        }
        s = format!("{}", i);
        last = &s;
    }
}
