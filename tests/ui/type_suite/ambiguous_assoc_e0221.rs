trait Left { type Out; }
trait Right { type Out; }
fn pick<T: Left + Right>(x: T::Out) {}
fn main() {}
