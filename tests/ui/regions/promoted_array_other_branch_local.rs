// regions: promotion does not cover a borrow of a local in the other branch
fn empty() -> &'static [i32] {
    let v = vec![1, 2];
    if v.len() > 5 { &v } else { &[] }
}
fn main() {
    println!("{:?}", empty());
}
