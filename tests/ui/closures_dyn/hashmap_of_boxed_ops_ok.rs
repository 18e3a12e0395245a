// A table of named boxed operations.
use std::collections::HashMap;
fn main() {
    let mut ops: HashMap<&str, Box<dyn Fn(f64, f64) -> f64>> = HashMap::new();
    ops.insert("add", Box::new(|a, b| a + b));
    ops.insert("mul", Box::new(|a, b| a * b));
    let mut names: Vec<&&str> = ops.keys().collect();
    names.sort();
    for n in names {
        println!("{} {}", n, ops[*n](3.0, 4.0));
    }
}
