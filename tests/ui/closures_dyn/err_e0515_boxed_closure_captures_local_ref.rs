// A returned `Box<dyn Fn(&str) -> &str>` whose closure holds a reference to a local.
fn make() -> Box<dyn Fn(&str) -> &str> {
    let s = String::from("local");
    let r = &s;
    Box::new(move |x| {
        let _n = r.len();
        x
    })
}
fn main() {
    println!("{}", make()("a"));
}
