trait Tr {
    fn a(&self);
    fn b(&self);
}
struct S;
impl Tr for S {
    fn a(&self) {}
}
fn main() {
    S.a();
}
