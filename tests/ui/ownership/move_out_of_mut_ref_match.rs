// ownership: matching on *slot by value moves a String out of a &mut
fn take_name(slot: &mut Option<String>) -> String {
    match *slot {
        Some(name) => name,
        None => String::new(),
    }
}

fn main() {
    let mut s = Some(String::from("n"));
    println!("{}", take_name(&mut s));
}
