// lifetimes: where-clauses, implied bounds of `&'a T`, impl-level `T: 'static` and spawn with `T: 'static`
use std::fmt::Debug;
fn boxed<T>(x: T) -> Box<dyn Debug> where T: Debug + 'static { Box::new(x) }
fn as_dyn<'a, T: Debug>(x: &'a T) -> &'a dyn Debug { x }
fn boxed_a<'a, T: Debug + 'a>(x: T) -> Box<dyn Debug + 'a> { Box::new(x) }
struct S<T> { v: Vec<T> }
impl<T: Debug + 'static> S<T> {
    fn first(self) -> Option<Box<dyn Debug>> { match self.v.into_iter().next() { Some(x) => { let b: Box<dyn Debug> = Box::new(x); Some(b) } None => None } }
}
fn spawn_it<T: Send + Debug + 'static>(x: T) { std::thread::spawn(move || println!("{:?}", x)).join().unwrap(); }
fn local_dyn<T: Debug>(x: T) { let d: &dyn Debug = &x; println!("{:?}", d); }
fn main() {
    println!("{:?} {:?} {:?}", boxed(1), as_dyn(&2), boxed_a(3));
    println!("{:?}", S { v: vec![1] }.first());
    spawn_it(4);
    local_dyn(5);
}
