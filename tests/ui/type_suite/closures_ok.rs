fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
fn make_adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
fn compose(f: Box<dyn Fn(i32) -> i32>, g: Box<dyn Fn(i32) -> i32>) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| g(f(x)))
}
fn main() {
    let mut total = 0;
    let mut acc = |x: i32| total += x;
    acc(3); acc(4);
    println!("{}", total);
    println!("{}", apply(|x| x * 10, 2));
    let h = compose(Box::new(make_adder(1)), Box::new(|x| x * 3));
    println!("{}", h(4));
}
