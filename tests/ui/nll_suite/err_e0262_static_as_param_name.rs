// 'static cannot be declared as a lifetime parameter
fn f<'static>(x: &'static str) -> &'static str { x }
fn main() {
    println!("{}", f("a"));
}
