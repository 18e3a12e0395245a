// lifetimes: returning a parameter with a named lifetime as 'static
fn f<'a>(x: &'a i32) -> &'static i32 { x }
fn main() { println!("{}", f(&1)); }
