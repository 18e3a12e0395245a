// a reference from a match arm keeps the vector borrowed
fn main() {
    let mut v = vec![1, 2, 3];
    let pick = match v.first() {
        Some(x) => x,
        None => &0,
    };
    v.push(4);
    println!("{}", pick);
}
