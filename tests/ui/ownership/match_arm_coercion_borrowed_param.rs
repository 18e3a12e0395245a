// Matches whose arms coerce borrowed parameters compile: the reborrowed match is fine.
fn label<'a>(n: u8, name: &'a String, fallback: &'a str) -> &'a str {
    match n {
        0 => fallback,
        1 => name,
        _ => "many",
    }
}

fn main() {
    let name = String::from("ferris");
    let v = vec![label(0, &name, "none"), label(1, &name, "none"), label(7, &name, "none")];
    println!("{:?}", v);
}
