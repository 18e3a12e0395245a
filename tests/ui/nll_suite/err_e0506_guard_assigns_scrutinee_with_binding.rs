// assigning the matched place inside a guard
fn main() {
    let mut opt = Some(4);
    match opt {
        Some(x) if { opt = None; x > 2 } => println!("big {}", x),
        _ => println!("other"),
    }
}
