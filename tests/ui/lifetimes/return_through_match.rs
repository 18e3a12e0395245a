// lifetimes: a match returning a reference to a temporary in one arm
fn describe(n: u32) -> &'static str {
    match n {
        0 => "zero",
        _ => &n.to_string(),
    }
}

fn main() {
    println!("{}", describe(0));
}
