// ownership: iterating by reference with enumerate, then using the Vec
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    for (i, n) in names.iter().enumerate() {
        println!("{} {}", i, n);
    }
    let total: usize = names.iter().map(|n| n.len()).sum();
    println!("{} {}", names.len(), total);
}
