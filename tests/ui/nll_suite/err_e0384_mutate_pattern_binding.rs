// a by-value pattern binding is immutable
fn main() {
    let v = vec![(1, 2)];
    for (a, b) in v {
        a += b;
        println!("{}", a);
    }
}
