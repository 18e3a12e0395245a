// moving the scrutinee while a binding borrowed from it is still in use
fn main() {
    let o = Some(String::from("x"));
    if let Some(s) = &o {
        let moved = o;
        println!("{} {:?}", s, moved);
    }
}
