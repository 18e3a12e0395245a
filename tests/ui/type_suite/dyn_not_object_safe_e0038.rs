trait Dup { fn dup(&self) -> Self; }
fn keep(_d: &dyn Dup) {}
fn main() {}
