fn main() {
    let total = (1..4).map(|x| x * 2).sum();
    println!("{}", total);
}
