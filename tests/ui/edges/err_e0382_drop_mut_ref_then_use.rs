// `drop(r)` moves a reference, then the borrow it held is used
fn main() {
    let mut s = String::from("a");
    let r = &mut s;
    drop(r);
    r.push('b');
    println!("{}", s);
}
