// `ref mut` bindings into disjoint parts of a tuple
fn main() {
    let mut pair = (1, String::from("x"));
    let (ref mut n, ref mut s) = pair;
    *n += 1;
    s.push('y');
    println!("{:?}", pair);
}
