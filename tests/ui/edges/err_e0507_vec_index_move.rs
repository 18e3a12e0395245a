// moving an element out of a Vec by index goes through Index, a borrow
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let s = v[0];
    println!("{} {}", s, v.len());
}
