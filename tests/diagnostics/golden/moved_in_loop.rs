fn consume(name: String) -> usize {
    name.len()
}

fn main() {
    let title = String::from("ledger");
    for _ in 0..2 {
        consume(title);
    }
}
