struct P { x: i32, y: i32 }
struct W(i32, i32);
fn main() {
    let a;
    let (mut c, mut d) = (0, 0);
    P { x: a } = P { x: 1, y: 2 };
    W(c, d, c) = W(3, 4);
    println!("{} {} {}", a, c, d);
}
