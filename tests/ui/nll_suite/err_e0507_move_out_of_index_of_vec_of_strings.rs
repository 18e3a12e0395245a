// moving a String out of a Vec by index
fn main() {
    let v = vec![String::from("a")];
    let first = v[0];
    println!("{}", first);
}
