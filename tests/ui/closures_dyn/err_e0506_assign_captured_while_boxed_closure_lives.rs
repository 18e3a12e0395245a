// Assigning to a variable a boxed closure still borrows.
fn main() {
    let mut n = 1;
    let f: Box<dyn Fn() -> i32 + '_> = Box::new(|| n * 2);
    n = 5;
    println!("{}", f());
}
