// The same closure written inline at the `for<'a>` bound is deduced higher-ranked.
fn first<F>(f: F) -> i32 where F: for<'a> Fn(&'a i32) -> &'a i32 { let v = 7; *f(&v) }
fn main() {
    println!("{}", first(|x| x));
}
