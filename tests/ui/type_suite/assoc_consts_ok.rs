trait Shape { const SIDES: u32; const NAME: &'static str = "shape"; fn sides(&self) -> u32 { Self::SIDES } }
struct Sq;
impl Shape for Sq { const SIDES: u32 = 4; const NAME: &'static str = "square"; }


struct W<T>(T);
impl<T: Default> W<T> { const SIZE: usize = 8; }
impl Sq { const TWICE: u32 = <Sq as Shape>::SIDES * 2; const ALSO: u32 = Sq::TWICE + 1; }
fn main() {
    println!("{} {}", Sq.sides(), Sq::NAME);
    println!("{} {} {}", W::<u64>::SIZE, Sq::TWICE, Sq::ALSO);
}
