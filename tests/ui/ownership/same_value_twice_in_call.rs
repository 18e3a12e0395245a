// ownership: one String passed twice in the same call
fn join(a: String, b: String) -> String {
    a + &b
}

fn main() {
    let s = String::from("ab");
    let t = join(s, s);
    println!("{}", t);
}
