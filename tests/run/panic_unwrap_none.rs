// panics: unwrap on None
fn find(names: &[&str], wanted: &str) -> Option<usize> {
    names.iter().position(|n| *n == wanted)
}

fn main() {
    let names = ["ada", "bo"];
    println!("{}", find(&names, "bo").unwrap());
    println!("{}", find(&names, "cy").unwrap());
}
