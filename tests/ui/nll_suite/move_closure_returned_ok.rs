// a move closure owning its capture can be returned
fn adder(base: i32) -> impl Fn(i32) -> i32 {
    move |x| x + base
}
fn joiner(sep: String) -> Box<dyn Fn(&str, &str) -> String> {
    Box::new(move |a, b| format!("{}{}{}", a, sep, b))
}
fn main() {
    println!("{} {}", adder(2)(3), joiner(String::from("-"))("a", "b"));
}
