// moving inside a loop body
fn eat(_s: String) {}
fn main() {
    let s = String::from("x");
    let mut i = 0;
    while i < 2 {
        eat(s);
        i += 1;
    }
}
