// borrowing a union field needs unsafe; assigning one does not
union Bits { i: u32, f: f32 }
fn main() {
    let mut b = Bits { i: 1 };
    b.f = 0.5;
    let r = &b.i;
    println!("{}", r);
}
