// a closure that moves its capture is FnOnce, not Fn
fn call_twice<F: Fn() -> usize>(f: F) -> usize { f() + f() }
fn main() {
    let s = String::from("abc");
    println!("{}", call_twice(move || { let t = s; t.len() }));
}
