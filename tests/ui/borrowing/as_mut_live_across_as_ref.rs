// borrowing: an as_mut result live across an as_ref call
fn main() {
    let mut x = Some(String::from("a"));
    let r = x.as_mut().unwrap();
    let len = x.as_ref().map(|s| s.len());
    r.push('b');
    println!("{:?}", len);
}
