// A bound on the struct itself gives the closure in its literal an expected signature: higher-ranked, accepted.
struct Wrap<F: Fn(&str) -> &str> { f: F }
fn main() {
    let w = Wrap { f: |s| s };
    println!("{}", (w.f)("x"));
}
