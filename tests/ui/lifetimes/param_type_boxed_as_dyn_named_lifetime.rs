// lifetimes: a generic `T` without `T: 'a` is boxed into `Box<dyn Debug + 'a>` (E0309)
use std::fmt::Debug;
fn boxed<'a, T: Debug>(x: T) -> Box<dyn Debug + 'a> { Box::new(x) }
fn main() { println!("{:?}", boxed(3)); }
