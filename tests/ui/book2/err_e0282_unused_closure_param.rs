// closures: a closure whose parameter type is never constrained
fn main() {
    let identity = |x| x;
    println!("made a closure");
}
