// patterns: matching a pair of bools that misses one combination
fn describe(a: bool, b: bool) -> &'static str {
    match (a, b) {
        (true, true) => "both",
        (true, false) => "first",
        (false, true) => "second",
    }
}

fn main() {
    println!("{}", describe(false, false));
}
