struct Slot;
impl<T: Default> Slot { fn make() -> T { T::default() } }
fn main() {}
