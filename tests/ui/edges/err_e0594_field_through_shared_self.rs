// assigning to a field through `&self`
struct C { n: u32 }
impl C {
    fn bump(&self) { self.n += 1; }
}
fn main() {
    let c = C { n: 0 };
    c.bump();
    println!("{}", c.n);
}
