struct Counter { n: u32 }
impl Counter {
    fn get(&self) -> u32 { self.n }
    fn bump(&mut self) { self.n += 1; }
    fn into_n(self) -> u32 { self.n }
}
trait Twice { fn twice(&self) -> u32; }
impl Twice for u32 { fn twice(&self) -> u32 { self * 2 } }
fn main() {
    let mut c = Counter { n: 1 };
    c.bump();
    let r = &mut c;
    r.bump();
    let bx = Box::new(Counter { n: 10 });
    println!("{} {} {}", c.get(), bx.get(), 4u32.twice());
    println!("{}", c.into_n());
    let s = String::from("abc");
    println!("{}", s.len() + (&&s).len());
}
