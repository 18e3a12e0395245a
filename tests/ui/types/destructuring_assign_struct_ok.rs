struct P { x: i32, y: i32 }
struct W<T>(T, T);
fn main() {
    let (a, b);
    P { x: a, y: b } = P { x: 1, y: 2 };
    let (mut c, mut d) = (0, 0);
    W(c, d) = W(3, 4);
    println!("{} {} {} {}", a, b, c, d);
    (W(c, _), P { y: d, x: _ }) = (W(5, 6), P { x: 7, y: 8 });
    println!("{} {}", c, d);
}
