// IndexMut is not a two-phase borrow: the index expression may not read the vector
fn main() {
    let mut v = vec![10, 20, 30];
    v[v.len() - 1] = 7;
    let last = v[v.len() - 1];
    println!("{} {:?}", last, v);
}
