// lifetimes: the result of a fn with one lifetime outlives the shorter argument
fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let outer = String::from("outer value");
    let winner;
    {
        let inner = String::from("in");
        winner = longer(outer.as_str(), inner.as_str());
    }
    println!("{winner}");
}
