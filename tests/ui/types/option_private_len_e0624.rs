fn main() {
    let v = vec!["a", "b"];
    let first = v.first();
    println!("{}", first.len());
}
