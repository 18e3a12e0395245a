fn main() {
    let total: u32;
    println!("{}", total);
}
