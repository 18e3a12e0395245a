// borrowing: clearing a vector inside a loop over it
fn main() {
    let mut v = vec![String::from("a")];
    for s in &v {
        if s.is_empty() { v.clear(); }
    }
}
