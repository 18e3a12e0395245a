// closures: calling an FnMut closure stored in a binding declared without mut
fn main() {
    let mut seen = Vec::new();
    let remember = |w: &str| seen.push(w.to_string());
    remember("apple");
    println!("{:?}", seen);
}
