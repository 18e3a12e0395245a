// lifetimes: `T: 'static` declared: boxing into `Box<dyn Debug>` is fine
use std::fmt::Debug;
fn boxed<T: Debug + 'static>(x: T) -> Box<dyn Debug> { Box::new(x) }
fn main() { println!("{:?}", boxed(3)); }
