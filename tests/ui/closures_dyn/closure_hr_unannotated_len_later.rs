// An unannotated parameter takes one specific lifetime: the later higher-ranked bound is not general enough.
fn apply<F: Fn(&String) -> usize>(f: F) -> usize { let s = String::from("hello"); f(&s) }
fn main() {
    let f = |s| { let _ = s; 3 };
    println!("{}", apply(f));
}
