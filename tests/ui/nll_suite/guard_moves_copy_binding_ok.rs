// guards may use by-value bindings; Copy bindings are fine
fn main() {
    let pair = (3, String::from("k"));
    match pair {
        (n, ref s) if n > 2 && s.len() == 1 => println!("{} {}", n, s),
        _ => println!("none"),
    }
}
