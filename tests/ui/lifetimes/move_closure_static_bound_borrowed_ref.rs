// lifetimes: a `move` closure captures a reference to a local and is passed where `F: 'static`
fn run<F: FnOnce() + 'static>(f: F) { f() }
fn main() {
    let s = String::from("x");
    let r = &s;
    run(move || println!("{}", r));
}
