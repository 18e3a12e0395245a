// Option::as_mut gives a fresh &mut each time
fn main() {
    let mut o = Some(vec![1]);
    if let Some(v) = o.as_mut() { v.push(2); }
    if let Some(v) = o.as_mut() { v.push(3); }
    o.as_mut().unwrap().push(4);
    println!("{:?}", o);
}
