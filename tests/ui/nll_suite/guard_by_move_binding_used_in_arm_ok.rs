// a by-move binding is only borrowed by the guard and moved in the arm
fn main() {
    let o = Some(String::from("abc"));
    match o {
        Some(s) if s.len() > 2 => { let owned: String = s; println!("{}", owned) }
        Some(s) => println!("short {}", s),
        None => println!("none"),
    }
}
