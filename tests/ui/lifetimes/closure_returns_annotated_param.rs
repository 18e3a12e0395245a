// lifetimes: a closure returns its annotated reference parameter
fn main() {
    let f = |s: &str| s;
    println!("{}", f("x"));
}
