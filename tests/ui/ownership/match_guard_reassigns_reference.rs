// Matching through a reference: the guard may not repoint the reference it matched through.
fn main() {
    let small = 1;
    let large = 1000;
    let mut limit = &small;
    match *limit {
        n if { limit = &large; n < 5 } => println!("small {n}"),
        n => println!("other {n}"),
    }
    println!("{limit}");
}
