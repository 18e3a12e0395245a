// A let-bound closure that returns a capture, not its argument, meets `Fn(&str) -> &str` with an annotated parameter.
fn apply<'b, F: Fn(&str) -> &'b str>(f: F) -> &'b str { f("abc") }
fn main() {
    let owned = String::from("kept");
    let f = |_s: &str| owned.as_str();
    println!("{}", apply(f));
}
