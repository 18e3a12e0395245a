trait Greet { fn hi(&self); }
struct P;
impl Greet for P { fn hi(&self) {} }
impl Greet for P { fn hi(&self) {} }
fn main() {}
