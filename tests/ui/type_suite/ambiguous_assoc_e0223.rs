trait Container { type Elem; }
struct Bag;
impl Container for Bag { type Elem = u8; }
fn main() {
    let x: Bag::Elem = 3;
    println!("{}", x);
}
