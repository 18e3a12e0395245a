trait Named { fn name(&self) -> String; }
fn show(n: &dyn Named) { println!("{}", n.title()); }
fn main() {}
