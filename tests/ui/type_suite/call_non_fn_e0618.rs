fn main() {
    let count = 3;
    let r = count(2);
    println!("{}", r);
}
