// ownership: slice patterns bind references into a borrowed slice
fn describe(items: &[String]) -> String {
    match items {
        [] => String::from("empty"),
        [one] => format!("one: {}", one),
        [first, .., last] => format!("{}..{}", first, last),
    }
}

fn main() {
    let v = vec![String::from("a"), String::from("b"), String::from("c")];
    println!("{}", describe(&v));
    println!("{}", describe(&v[..1]));
    println!("{}", describe(&[]));
}
