// `&temp` directly in a tuple initializer is extended to the enclosing block
fn make() -> String { String::from("t") }
fn main() {
    let (a, b) = (&make(), &vec![1, 2]);
    let [x, y] = [&make(), &make()];
    println!("{} {:?} {} {}", a, b, x, y);
}
