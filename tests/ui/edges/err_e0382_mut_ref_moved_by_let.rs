// `let y = x;` moves a `&mut` reference, which is not Copy
fn main() {
    let mut v = vec![1];
    let x = &mut v;
    let y = x;
    y.push(2);
    x.push(3);
    println!("{:?}", v);
}
