// Vec<str> needs a sized element type
fn main() {
    let v: Vec<str> = Vec::new();
    println!("{}", v.len());
}
