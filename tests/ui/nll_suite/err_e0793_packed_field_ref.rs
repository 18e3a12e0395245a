// a reference to an unaligned field of a packed struct
#[repr(packed)]
struct Packed { a: u8, b: u32 }
fn main() {
    let p = Packed { a: 1, b: 2 };
    let r = &p.b;
    println!("{} {}", p.a, r);
}
