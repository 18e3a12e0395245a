fn len_of(s: &str) -> usize { s.len() }
fn sum(xs: &[i32]) -> i32 { xs.iter().sum() }
trait Speak { fn hi(&self) -> String; }
struct D;
impl Speak for D { fn hi(&self) -> String { "woof".to_string() } }
fn main() {
    let owned = String::from("hello");
    let arr = [1, 2, 3];
    let v = vec![4, 5];
    let b: Box<dyn Speak> = Box::new(D);
    let r: &dyn Speak = &D;
    println!("{} {} {} {} {}", len_of(&owned), sum(&arr), sum(&v), b.hi(), r.hi());
    let f: fn(&str) -> usize = len_of;
    println!("{}", f("abcd"));
}
