// packed(2): a u64 field needs 8
#[repr(C, packed(2))]
struct Rec { a: u16, b: u64 }
fn show(x: &u64) { println!("{}", x); }
fn main() {
    let r = Rec { a: 1, b: 2 };
    let a = &r.a;
    show(&r.b);
    println!("{}", a);
}
