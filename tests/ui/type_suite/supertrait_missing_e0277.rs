trait Named: std::fmt::Display { fn name(&self) -> String { self.to_string() } }
struct N;
impl Named for N {}
fn main() {}
