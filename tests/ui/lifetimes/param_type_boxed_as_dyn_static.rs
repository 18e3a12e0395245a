// lifetimes: a generic `T` without `'static` is boxed into `Box<dyn Debug>` (E0310)
use std::fmt::Debug;
fn boxed<T: Debug>(x: T) -> Box<dyn Debug> { Box::new(x) }
fn main() { println!("{:?}", boxed(3)); }
