// A stored closure passed twice to a higher-ranked bound: both calls are not general enough.
fn apply<F: Fn(&str) -> &str>(f: F) -> usize { f("abc").len() }
fn main() {
    let f = |s| s;
    println!("{}", apply(f));
    println!("{}", apply(f));
}
