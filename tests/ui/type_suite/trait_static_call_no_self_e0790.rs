trait Make { fn make() -> u32; }
struct A;
impl Make for A { fn make() -> u32 { 1 } }
fn main() {
    println!("{}", Make::make());
}
