// returning an owning iterator is fine
fn evens() -> impl Iterator<Item = i32> {
    let v = vec![2, 4];
    v.into_iter().map(|x| x * 2)
}
fn main() {
    for x in evens() { println!("{}", x); }
}
