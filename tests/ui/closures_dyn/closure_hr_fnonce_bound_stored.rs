// A stored unannotated closure against `FnOnce(&i32) -> i32`: not general enough (the bound and its Output).
fn apply<F: FnOnce(&i32) -> i32>(f: F) -> i32 { let v = 1; f(&v) }
fn main() {
    let g = |x| { let _ = x; 2 };
    println!("{}", apply(g));
}
