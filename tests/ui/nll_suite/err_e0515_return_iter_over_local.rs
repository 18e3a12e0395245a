// returning an iterator that borrows a local Vec
fn evens() -> impl Iterator<Item = &'static i32> {
    let v = vec![2, 4];
    v.iter()
}
fn main() {
    for x in evens() { println!("{}", x); }
}
