fn main() {
    let (mut a, mut b) = (1, 2);
    [a, b] = [a + 10, b + 10];
    (a, _) = (3, 4);
    let mut s = [0; 2];
    (s[0], b) = (a, 1);
    println!("{} {} {:?}", a, b, s);
}
