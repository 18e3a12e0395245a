// nll_accepts: a vector of references is dead before the referenced vector is mutated
fn main() {
    let mut data = vec![5, 1, 4];
    let mut refs: Vec<&i32> = data.iter().collect();
    refs.sort();
    println!("{:?}", refs);
    data.push(0);
    println!("{:?}", data);
}
