use std::fmt::{Debug, Display};
fn show(x: Box<dyn Display + Debug>) { println!("{}", x); }
fn main() {}
