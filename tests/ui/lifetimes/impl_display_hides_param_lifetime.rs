use std::fmt::Display;
fn f<'a>(x: &'a str) -> impl Display { x }
fn g(x: &str) -> impl Display { x }
fn main() { println!("{} {}", f("a"), g("b")); }
