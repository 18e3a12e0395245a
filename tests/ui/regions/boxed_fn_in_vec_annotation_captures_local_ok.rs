// regions: `Box<dyn Fn>` written inside a fn body has an inferred object lifetime: a closure borrowing a local fits
fn main() {
    let base = 10;
    let ops: Vec<(&str, Box<dyn Fn(i32) -> i32>)> = vec![("add", Box::new(|x| x + base))];
    for (name, f) in ops.iter() {
        println!("{} {}", name, f(1));
    }
}
