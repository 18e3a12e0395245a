// A stored `|x| x` against an explicit `for<'a>` bound is not general enough.
fn first<F>(f: F) -> i32 where F: for<'a> Fn(&'a i32) -> &'a i32 { let v = 7; *f(&v) }
fn main() {
    let id = |x| x;
    println!("{}", first(id));
}
