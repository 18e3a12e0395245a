// one arm returns a reference to a local
fn pick(k: u8, a: &str) -> &str {
    let owned = String::from("own");
    match k {
        0 => a,
        _ => &owned,
    }
}
fn main() {
    println!("{}", pick(0, "x"));
}
