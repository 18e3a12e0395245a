struct A { x: u32, y: u32 }
struct B { x: u32, y: u32 }
fn main() {
    let b = B { x: 1, y: 2 };
    let a = A { x: 3, ..b };
    println!("{}", a.x);
}
