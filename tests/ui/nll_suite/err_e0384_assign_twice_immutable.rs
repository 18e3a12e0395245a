// assigning twice to an immutable deferred-init binding
fn main() {
    let x;
    x = 1;
    println!("{}", x);
    x = 2;
    println!("{}", x);
}
