// regions: a boxed closure cast to `Box<dyn Fn>` borrowing a local of an inner scope, used after it
fn main() {
    let f;
    {
        let base = 10;
        f = Box::new(|x: i32| x + base) as Box<dyn Fn(i32) -> i32>;
    }
    println!("{}", f(1));
    let s = String::from("x");
    let d = &s as &dyn std::fmt::Display;
    println!("{}", d);
}
