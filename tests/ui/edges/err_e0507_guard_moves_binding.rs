// a match guard may not move a by-value binding out of the scrutinee
fn keep(s: String) -> bool { s.len() > 1 }
fn main() {
    let o = Some(String::from("abc"));
    match o {
        Some(s) if keep(s) => println!("kept"),
        _ => println!("other"),
    }
}
