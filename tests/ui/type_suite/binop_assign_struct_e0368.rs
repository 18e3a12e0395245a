struct Money(u32);
fn main() {
    let mut a = Money(1);
    a += Money(2);
}
