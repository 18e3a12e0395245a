// lifetimes: first().and_then(|s| s.get(..)) is live when the Vec is dropped
fn main() {
    let v = vec![String::from("ab")];
    let first = v.first().and_then(|s| s.get(0..1));
    drop(v);
    println!("{:?}", first);
}
