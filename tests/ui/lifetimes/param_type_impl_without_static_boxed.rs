// lifetimes: an impl's `T` without `'static` is boxed into `Box<dyn Debug>` in a method
use std::fmt::Debug;
struct S<T> { v: Vec<T> }
impl<T: Debug> S<T> {
    fn first(self) -> Option<Box<dyn Debug>> { match self.v.into_iter().next() { Some(x) => { let b: Box<dyn Debug> = Box::new(x); Some(b) } None => None } }
}
fn main() { println!("{:?}", S { v: vec![1] }.first()); }
