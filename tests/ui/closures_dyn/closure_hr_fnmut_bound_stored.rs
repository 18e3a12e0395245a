// An annotated `&i32` parameter is higher-ranked and meets `FnMut(&i32)`; an unannotated one is fixed and does not.
fn apply<F: FnMut(&i32)>(mut f: F) { let v = 1; f(&v); }
fn main() {
    let mut n = 0;
    let f = |x: &i32| n += *x;
    apply(f);
    let g = |x| { let _ = x; };
    apply(g);
    println!("{}", n);
}
