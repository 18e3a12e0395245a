// mutability: an FnMut closure stored in a binding without mut, called twice
fn main() {
    let mut count = 0;
    let bump = || count += 1;
    bump();
    bump();
    println!("{}", count);
}
