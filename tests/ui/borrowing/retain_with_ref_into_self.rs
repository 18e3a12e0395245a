// borrowing: retain called while a reference into the vector is captured
fn main() {
    let mut names = vec![String::from("b"), String::from("a")];
    names.sort_by(|x, y| x.cmp(y));
    let first = &names[0];
    names.retain(|n| n != first);
    println!("{:?}", names);
}
