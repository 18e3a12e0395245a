struct Item { size: u32 }
impl Item { fn weight(&self) -> u32 { self.size * 2 } }
fn main() {
    let i = Item { size: 3 };
    println!("{}", i.weight);
}
