// mutability: writing a field through a shared reference parameter
struct Counter {
    hits: u32,
}

fn bump(c: &Counter) {
    c.hits += 1;
}

fn main() {
    let c = Counter { hits: 0 };
    bump(&c);
    println!("{}", c.hits);
}
