struct Money(u32);
fn main() {
    let a = Money(1);
    let b = Money(2);
    let _c = a + b;
}
