// `dbg!` takes its argument by value and hands it back: a non-Copy place is moved.
fn main() {
    let name = String::from("crab");
    let shown = dbg!(name);
    println!("{name} {shown}");
    let list = vec![1, 2];
    let first = &list;
    let again = dbg!(list);
    println!("{first:?} {again:?}");
}
