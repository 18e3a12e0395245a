// The annotated closure is rejected in its own body even though the later bound would fit.
fn apply<F: Fn(&str) -> &str>(f: F) -> usize { f("abc").len() }
fn main() {
    let f = |s: &str| s;
    println!("{}", apply(f));
}
