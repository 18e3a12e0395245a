// Dereferencing an unannotated parameter needs its type first: E0282 comes before any higher-ranked check.
fn main() {
    let mut v = vec![1, 2, 3];
    let keep = |x| *x > 1;
    v.retain(keep);
    println!("{:?}", v);
}
