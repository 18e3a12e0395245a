trait Visitor { fn visit<T>(&self, t: T); }
fn run(v: &dyn Visitor) {}
fn main() {}
