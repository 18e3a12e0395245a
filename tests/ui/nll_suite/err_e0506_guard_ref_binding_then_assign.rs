// a `ref` binding in a guard borrows the scrutinee before the fake borrows
fn main() {
    let mut o = Some(3);
    match o {
        Some(ref n) if { o = None; *n > 1 } => println!("{}", n),
        _ => println!("other"),
    }
}
