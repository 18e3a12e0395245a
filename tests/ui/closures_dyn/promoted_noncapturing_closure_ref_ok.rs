// A borrowed closure that captures nothing is promoted to a constant: it outlives the statement.
fn wrap<'a>(f: &'a dyn Fn(i32) -> i32) -> Box<dyn Fn(i32) -> i32 + 'a> { Box::new(move |x| f(x)) }
fn main() {
    let w = wrap(&|s| s + 1);
    println!("{}", w(1));
}
