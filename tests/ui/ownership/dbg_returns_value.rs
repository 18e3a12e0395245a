// `dbg!` returns its argument (a tuple for several) and prints to stderr; a borrow passed
// through it ends with its last use.
fn double(x: u32) -> u32 {
    dbg!(x * 2)
}

fn main() {
    let word = String::from("ok");
    let borrowed = dbg!(&word);
    let (a, b) = dbg!(double(3), word.len());
    println!("{borrowed}");
    dbg!();
    let moved = dbg!(word);
    println!("{a} {b} {moved}");
}
