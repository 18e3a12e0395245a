// Bindings are immutable inside a guard, whether bound by value or by `ref mut`.
fn main() {
    let counts = Some(3);
    match counts {
        Some(mut n) if { n -= 1; n > 0 } => println!("{n}"),
        _ => {}
    }
    let mut name = Some(String::from("ann"));
    match name {
        Some(ref mut s) if { s.push('!'); s.len() > 2 } => println!("{s}"),
        Some(ref mut s) if { *s = String::new(); true } => println!("{s}"),
        _ => {}
    }
    let words = Some(String::from("hi"));
    match words {
        Some(mut w) if { w.clear(); true } => println!("{w}"),
        _ => {}
    }
}
