// moving elements out of an array with a destructuring pattern is allowed
fn main() {
    let names = [String::from("a"), String::from("b"), String::from("c")];
    let [first, _, third] = names;
    println!("{} {}", first, third);
}
