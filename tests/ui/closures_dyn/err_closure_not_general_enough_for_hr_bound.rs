// A closure whose signature was not deduced where it was written (`let f = |s| s;`) is no `for<'a> Fn(&'a str) -> &'a str`.
fn apply<F: Fn(&str) -> &str>(f: F) -> usize { f("abc").len() }
fn main() {
    let f = |s| s;
    println!("{}", apply(f));
}
