// a guard taking &mut of the scrutinee (no bindings involved)
fn main() {
    let mut o = Some(3);
    match o {
        Some(_) if { let r = &mut o; r.is_some() } => println!("some"),
        _ => println!("other"),
    }
}
