use std::any::Any;
use std::fmt::{Debug, Display, Write};
use std::error::Error;
fn main() {
    let a: Box<dyn Iterator<Item = i32>> = Box::new(0..3);
    let b: &dyn Fn(i32) -> i32 = &|x| x;
    let c: Box<dyn FnMut()> = Box::new(|| {});
    let d: Box<dyn FnOnce() -> String> = Box::new(|| String::new());
    let e: &dyn Any = &1;
    let f: &dyn Display = &1;
    let g: &dyn Debug = &1;
    let mut s = String::new();
    let h: &mut dyn Write = &mut s;
    let i: Box<dyn Error + Send + Sync> = "x".into();
    let j: &dyn DoubleEndedIterator<Item = i32> = &(0..1);
    let k: &dyn std::io::Write = &std::io::stdout();
    let l: &dyn AsRef<str> = &"x";
    let m: &dyn ToString = &1;
    let n: &dyn std::ops::Deref<Target = i32> = &Box::new(1);
    let o: &dyn ExactSizeIterator<Item = i32> = &(0..1);
    println!("{} {} {} {:?} {}", b(2), f, m.to_string(), 1, i);
    let _ = e;
    let _ = (a, c, d, g, h, j, k, l, n, o);
}
