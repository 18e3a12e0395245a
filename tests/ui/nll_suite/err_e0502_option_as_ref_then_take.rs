// take() needs &mut while as_ref's borrow is live
fn main() {
    let mut o = Some(String::from("v"));
    let r = o.as_ref();
    let t = o.take();
    println!("{:?} {:?}", r, t);
}
