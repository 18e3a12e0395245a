// moving a captured String out of an FnMut closure
fn run<F: FnMut() -> String>(mut f: F) -> String { f() }
fn main() {
    let s = String::from("x");
    println!("{}", run(|| s));
}
