fn main() {
    let mut a = 1;
    let mut b = String::new();
    [a, b] = [1, 2];
    let c;
    (c, _) = (1, 2);
    println!("{} {} {}", a, b, c);
}
