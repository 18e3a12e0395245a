// nll_accepts: a mutable borrow of one tuple field while reading the other
fn main() {
    let mut t = (String::from("x"), 5);
    let s = &mut t.0;
    let n = t.1;
    s.push_str("yz");
    println!("{} {}", t.0, n);
}
