// an explicit `&mut v` receiver is not an autoref, so no two-phase
fn main() {
    let mut v: Vec<usize> = Vec::new();
    Vec::push(&mut v, v.len());
    println!("{:?}", v);
}
