// destructuring a Vec element behind & by value
fn main() {
    let v = vec![(String::from("a"), 1)];
    for &(s, n) in &v {
        println!("{} {}", s, n);
    }
}
