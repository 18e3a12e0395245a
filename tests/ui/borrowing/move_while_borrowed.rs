// borrowing: moving a value out while a reference to it is still used
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let name = String::from("ferris");
    let r = &name;
    let n = consume(name);
    println!("{} {}", r, n);
}
