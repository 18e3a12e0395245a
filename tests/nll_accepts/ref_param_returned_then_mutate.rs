// nll_accepts: a reference returned from a function is used up before mutation
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let mut x = String::from("pear");
    let y = String::from("fig");
    let l = longest(&x, &y).to_string();
    x.push_str("s");
    println!("{} {}", l, x);
}
