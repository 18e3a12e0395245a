fn main() {
    let x = 3;
    x = 4;
    println!("{}", x);
}
