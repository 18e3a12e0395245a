// `?Sized` parameters used with std traits, formatting and Box
use std::fmt::{Debug, Display};
fn show<T: Debug + ?Sized>(t: &T) -> String { format!("{:?}", t) }
fn text<T: Display + ?Sized>(t: &T) -> String { t.to_string() }
fn size<T: ?Sized>(t: &T) -> usize { std::mem::size_of_val(t) }
fn boxed<T: ?Sized + Debug>(b: Box<T>) -> String { format!("{:?}", b) }
fn same<T: ?Sized + PartialEq>(a: &T, b: &T) -> bool { a == b }
fn main() {
    println!("{} {} {}", show("s"), show(&[1, 2][..]), text("t"));
    println!("{} {} {}", size("abcd"), boxed(Box::new(5)), same("a", "a"));
}
