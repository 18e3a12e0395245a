fn main() {
    let names = Vec::new();
    names.push("ada");
    println!("{:?}", names);
}
