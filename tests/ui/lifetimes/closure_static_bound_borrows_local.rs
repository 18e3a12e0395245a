// lifetimes: a non-move closure borrowing a local is passed where `F: 'static`
fn keep<F: Fn() -> usize + 'static>(f: F) -> Box<dyn Fn() -> usize> { Box::new(f) }
fn main() {
    let s = String::from("x");
    let f = keep(|| s.len());
    println!("{}", f());
}
