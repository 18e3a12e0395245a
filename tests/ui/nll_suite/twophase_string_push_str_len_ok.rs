// two-phase with a String receiver reading its own length
fn main() {
    let mut s = String::from("ab");
    s.truncate(s.len() - 1);
    s.reserve(s.capacity());
    s.push(if s.is_empty() { 'x' } else { 'y' });
    println!("{}", s);
}
