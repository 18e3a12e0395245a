// Boxing a `&'a i32` as `dyn Any` needs `&'a i32: 'static`: the object's default lifetime
// is the trait's own `'static` bound.
use std::any::Any;

fn boxed<'a>(x: &'a i32) -> Box<dyn Any> {
    Box::new(x)
}

fn viewed<'a>(x: &'a &'a str) -> &'a dyn Any {
    x
}

fn main() {
    let n = 3;
    println!("{}", boxed(&n).is::<&i32>());
    println!("{}", viewed(&"s").is::<&str>());
}
