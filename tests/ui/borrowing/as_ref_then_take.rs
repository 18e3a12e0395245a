// borrowing: an as_ref result used after take()
fn main() {
    let mut opt = Some(String::from("x"));
    if let Some(s) = &mut opt {
        s.push('y');
    }
    let r = opt.as_ref();
    opt.take();
    println!("{:?}", r);
}
