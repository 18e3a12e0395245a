// A closure coerced where written to a fn pointer gets its signature from it.
fn main() {
    let f: fn(&str) -> &str = |s| s;
    let owned = String::from("ptr");
    println!("{}", f(&owned));
}
