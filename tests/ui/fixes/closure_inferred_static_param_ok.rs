// A closure's parameter type inferred from a `""` argument is not a promise of 'static:
// the accumulator may hold a borrow of a local string.
fn pick<B>(init: B, f: impl Fn(B) -> B) -> B {
    f(init)
}

fn main() {
    let owned = String::from("local text");
    let chosen = pick("", |b| if b.is_empty() { owned.as_str() } else { b });
    println!("{}", chosen);
    let words = vec![String::from("ab"), String::from("abcd"), String::from("a")];
    let longest = words.iter().fold("", |best, w| if w.len() > best.len() { w.as_str() } else { best });
    println!("{}", longest);
}
