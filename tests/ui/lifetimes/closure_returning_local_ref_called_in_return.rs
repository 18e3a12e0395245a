// lifetimes: a fn returns the result of a closure that returns a reference to the fn's local
fn f<'a>(x: &'a String) -> &'a str {
    let s = String::from("local");
    let c = || -> &str { &s };
    let _ = x;
    c()
}
fn main() { println!("{}", f(&String::new())); }
