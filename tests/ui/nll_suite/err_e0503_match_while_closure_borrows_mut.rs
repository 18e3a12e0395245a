// a match arm binding borrowed while the guard calls a closure that mutates? rejected: closure borrow vs use
fn main() {
    let mut n = 3;
    let mut bump = || n += 1;
    match n {
        0 => println!("zero"),
        _ => println!("other"),
    }
    bump();
}
