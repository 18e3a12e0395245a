// Calling an FnMut trait object needs a mutable reference.
fn run(f: &dyn FnMut(i32)) {
    f(1);
}
fn main() {
    let mut sum = 0;
    run(&|x| sum += x);
    println!("{}", sum);
}
