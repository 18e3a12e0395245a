// lifetimes: a closure for `F: Fn(&str) -> &str` returns a reference to a captured local
fn pick<F: Fn(&str) -> &str>(f: F) -> usize { f("abc").len() }
fn main() {
    let owned = String::from("zz");
    println!("{}", pick(|x| { let _ = x; &owned }));
}
