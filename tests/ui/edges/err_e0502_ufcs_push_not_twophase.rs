// an explicit `&mut v` argument is not a two-phase borrow, unlike method autoref
fn main() {
    let mut v = vec![1];
    Vec::push(&mut v, v.len());
    println!("{:?}", v);
}
