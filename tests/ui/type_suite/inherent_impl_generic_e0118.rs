impl<T> T { fn hello(&self) {} }
fn main() {}
