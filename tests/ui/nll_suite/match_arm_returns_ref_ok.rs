// returning references from different match arms
fn pick<'a>(k: u8, a: &'a str, b: &'a str) -> &'a str {
    match k {
        0 => a,
        1 => b,
        _ => "static",
    }
}
fn main() {
    let a = String::from("aa");
    let b = String::from("bb");
    println!("{} {} {}", pick(0, &a, &b), pick(1, &a, &b), pick(9, &a, &b));
}
