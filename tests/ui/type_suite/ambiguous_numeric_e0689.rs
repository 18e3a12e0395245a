fn main() {
    let x = 2.0.powi(2);
    println!("{}", x);
}
