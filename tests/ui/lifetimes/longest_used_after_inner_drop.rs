// lifetimes: a result tied to two inputs used after one input is dropped
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let outer = String::from("long string");
    let result;
    {
        let inner = String::from("xyz");
        result = longest(outer.as_str(), inner.as_str());
    }
    println!("{}", result);
}
