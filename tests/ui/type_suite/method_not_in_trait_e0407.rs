trait Speak { fn say(&self); }
struct Dog;
impl Speak for Dog {
    fn say(&self) {}
    fn wag(&self) {}
}
fn main() {}
