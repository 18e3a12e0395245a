// two-phase: the &mut autoref of push is reserved while the argument reads v twice
fn main() {
    let mut v = vec![1usize, 2];
    v.push(v.len() + v[0]);
    v.insert(v.len(), v.iter().sum());
    println!("{:?}", v);
}
