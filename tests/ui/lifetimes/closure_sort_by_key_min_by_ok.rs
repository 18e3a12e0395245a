// lifetimes: sort_by_key with an owned key, then min_by over references
fn main() {
    let mut v = vec![String::from("b"), String::from("a")];
    v.sort_by_key(|s| s.clone());
    let m = v.iter().min_by(|a, b| a.len().cmp(&b.len()));
    println!("{:?}", m);
}
