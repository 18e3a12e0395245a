fn main() {
    let name = String::from("  Ada ");
    let short: &str = name.to_lowercase().trim();
    println!("{}", short);
}
