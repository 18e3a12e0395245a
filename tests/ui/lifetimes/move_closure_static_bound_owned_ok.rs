// lifetimes: a `move` closure owning its String satisfies `F: 'static`
fn run<F: FnOnce() + 'static>(f: F) { f() }
fn main() {
    let s = String::from("x");
    run(move || println!("{}", s));
}
