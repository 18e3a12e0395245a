// v[0].push(v[1].len()): IndexMut on v is a real &mut before the argument reads v
fn main() {
    let mut v = vec![vec![1usize], vec![2]];
    v[0].push(v[1].len());
    println!("{:?}", v);
}
