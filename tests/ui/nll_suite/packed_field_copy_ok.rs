// copying a packed field out is fine; so is {p.b}
#[repr(packed)]
struct Packed { a: u8, b: u32 }
fn main() {
    let p = Packed { a: 1, b: 2 };
    let b = p.b;
    println!("{} {} {}", { p.a }, b, { p.b });
}
