// items: consts in nested modules (values, array lengths, patterns), <T as Trait>::CONST, PartialEq<i64> with !=, Display for a type alias, Box::from, mem::size_of/align_of
use std::fmt;
mod cfg { pub const N: usize = 3; pub mod inner { pub const NAME: &str = "in"; pub static HITS: i32 = 4; } }
trait Shape { const SIDES: u32; fn name() -> String where Self: Sized; }
struct Tri;
impl Shape for Tri { const SIDES: u32 = 3; fn name() -> String { "tri".into() } }
#[derive(PartialEq, Debug)]
struct Money(i64);
impl PartialEq<i64> for Money { fn eq(&self, o: &i64) -> bool { self.0 == *o * 100 } }
type Cash = Money;
impl fmt::Display for Cash { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "${}.{:02}", self.0 / 100, self.0 % 100) } }
#[allow(dead_code)]
enum Shape2 { A, B, C }
fn main() {
    let arr = [0u8; cfg::N];
    println!("{} {} {} {}", arr.len(), cfg::inner::NAME, crate::cfg::inner::HITS, <Tri as Shape>::SIDES);
    println!("{} {}", <Tri as Shape>::name(), Tri::name());
    let m = Money(500);
    println!("{} {} {} {}", m == 5, m != 5, m != Money(500), m);
    println!("[{:>8}] [{:<8}]", m.to_string(), Money(7).to_string());
    println!("{} {} {} {}", std::mem::size_of::<Shape2>(), std::mem::size_of::<Option<Shape2>>(), std::mem::size_of::<(char, u8)>(), std::mem::size_of::<Option<char>>());
    println!("{} {}", std::mem::size_of::<[u16; 5]>(), std::mem::align_of::<(u8, u64)>());
    let v: Vec<Box<str>> = vec![Box::from("x"), "yz".into()];
    println!("{:?} {}", v, v.iter().map(|b| b.len()).sum::<usize>());
    let b: Box<[i32]> = Box::from(&[1, 2, 3][..]);
    println!("{:?} {}", b, b.len());
    match 3usize { cfg::N => println!("is N"), _ => println!("not N") }
}
