// A let-bound closure with an annotated `&str` parameter stays higher-ranked when moved to another binding.
fn apply<F: Fn(&str) -> usize>(f: F) -> usize { f("abc") }
fn main() {
    let f = |s: &str| s.len();
    let g = f;
    println!("{}", apply(g));
    let h = |s| { let _: &str = s; 1 };
    println!("{}", h("y"));
}
