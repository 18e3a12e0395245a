fn main() {
    let mut x: i128 = 1;
    for i in 0..200 {
        x *= 3;
        if i % 20 == 0 { println!("{} {}", i, x); }
    }
}
