// a local of type str is unsized
fn main() {
    let s: str = *"abc";
    println!("{}", s.len());
}
