// two &mut of different fields of one union overlap
union Slot { a: u64, b: u64 }
fn main() {
    let mut s = Slot { a: 1 };
    unsafe {
        let x = &mut s.a;
        let y = &mut s.b;
        *y += 1;
        *x += 1;
    }
}
