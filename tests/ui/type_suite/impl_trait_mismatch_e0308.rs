fn make(flag: bool) -> impl std::fmt::Display {
    if flag { 1u32 } else { "one" }
}
fn main() { println!("{}", make(true)); }
