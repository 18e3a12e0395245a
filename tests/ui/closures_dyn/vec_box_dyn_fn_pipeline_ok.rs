// A pipeline of boxed closures folded over a value.
fn main() {
    let offset = 3;
    let steps: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x * 2),
        Box::new(move |x| x + offset),
        Box::new(|x| x - 1),
    ];
    let out = steps.iter().fold(5, |acc, f| f(acc));
    println!("{}", out);
}
