// struct update cannot move out of a type that implements Drop
struct Res { id: String, n: u32 }
impl Drop for Res { fn drop(&mut self) {} }
fn main() {
    let a = Res { id: String::from("a"), n: 1 };
    let b = Res { n: 2, ..a };
    println!("{}", b.id);
}
