// two live &mut from as_mut on the same option
fn main() {
    let mut o = Some(vec![1]);
    let a = o.as_mut().unwrap();
    let b = o.as_mut().unwrap();
    a.push(2);
    b.push(3);
    println!("{:?}", o);
}
