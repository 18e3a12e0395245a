use std::fmt::Display;
fn evens(v: Vec<i32>) -> impl Iterator<Item = i32> { v.into_iter().filter(|x| x % 2 == 0) }
fn show() -> impl Display { 5 }
fn cl() -> impl Fn(i32) -> i32 { |x| x + 1 }
mod m {
    pub trait Go { fn go(&self) -> i32 { 1 } }
    impl Go for u8 {}
    pub fn mk() -> impl Go { 3u8 }
}
use m::Go;
fn main() {
    let s: i32 = evens(vec![1, 2, 4]).map(|x| x * 2).sum();
    println!("{} {} {} {}", s, show().to_string(), cl()(1), m::mk().go());
}
