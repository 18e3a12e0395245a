trait Speak { fn hi(&self) -> u32; }
struct Mute;
fn main() {
    let b: Box<dyn Speak> = Box::new(Mute);
    println!("{}", b.hi());
}
