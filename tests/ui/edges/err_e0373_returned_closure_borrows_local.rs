// returning a non-move closure that borrows a local
fn counter() -> impl Fn() -> usize {
    let base = vec![1, 2, 3];
    || base.len()
}
fn main() {
    println!("{}", counter()());
}
