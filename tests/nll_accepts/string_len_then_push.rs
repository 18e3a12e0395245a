// nll_accepts: two-phase borrow through String methods
fn main() {
    let mut s = String::from("ab");
    let n = s.len();
    s.insert(n, 'c');
    s.push_str(&"d".repeat(s.len() - 2));
    println!("{}", s);
}
