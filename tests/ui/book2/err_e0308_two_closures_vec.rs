// closures: two distinct closures pushed into one Vec without boxing
fn main() {
    let mut steps = Vec::new();
    steps.push(|x: i32| x + 1);
    steps.push(|x: i32| x * 10);
    let r = steps.iter().fold(1, |acc, f| f(acc));
    println!("{r}");
}
