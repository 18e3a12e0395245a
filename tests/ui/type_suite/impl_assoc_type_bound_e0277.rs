trait Container { type Item: Copy; fn get(&self) -> Self::Item; }
struct B;
impl Container for B { type Item = String; fn get(&self) -> String { String::new() } }
fn main() {}
