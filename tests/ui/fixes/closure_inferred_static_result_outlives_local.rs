// The closure may return a borrow of `owned`, so the result cannot outlive it.
fn pick<B>(init: B, f: impl Fn(B) -> B) -> B {
    f(init)
}

fn main() {
    let chosen;
    {
        let owned = String::from("local text");
        chosen = pick("", |b| if b.is_empty() { owned.as_str() } else { b });
    }
    println!("{}", chosen);
}
