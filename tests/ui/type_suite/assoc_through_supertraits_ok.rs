use std::fmt::Debug;
fn last<I: DoubleEndedIterator + ExactSizeIterator>(mut i: I) -> Option<I::Item> where I::Item: Debug { i.next_back() }
trait Shape { type Unit; fn unit(&self) -> Self::Unit; }
trait Solid: Shape { fn vol(&self) -> Self::Unit; }
fn both<S: Solid + Shape>(s: &S) -> S::Unit { s.vol() }
fn call<F: Fn() -> R + Clone, R>(f: F) -> R { f() }
fn main() { println!("{:?} {}", last(vec![1, 2].into_iter()), call(|| 3)); }
