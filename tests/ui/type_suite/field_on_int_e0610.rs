fn main() {
    let n = 7u64;
    println!("{}", n.value);
}
