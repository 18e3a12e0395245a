// regions: iterating a temporary Vec of `(&str, Box<dyn Fn(i32) -> i32>)` in a `for` header
fn main() {
    let base = 10;
    for (name, f) in vec![("double", Box::new(|x| x * 2) as Box<dyn Fn(i32) -> i32>), ("inc", Box::new(|x| x + 1))] {
        println!("{} {}", name, f(base));
    }
    let ops: Vec<(&str, Box<dyn Fn(i32) -> i32>)> = vec![("neg", Box::new(|x| -x))];
    for (name, f) in ops.iter() {
        println!("{} {}", name, f(base));
    }
}
