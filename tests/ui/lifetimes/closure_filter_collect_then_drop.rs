// lifetimes: filter().collect() keeps references into the Vec, which is then dropped
fn main() {
    let v = vec![String::from("x"), String::from("yy")];
    let long: Vec<&String> = v.iter().filter(|s| s.len() > 1).collect();
    drop(v);
    println!("{:?}", long);
}
