// ownership: a Copy struct passed by value twice
#[derive(Clone, Copy, Debug)]
struct P {
    x: i32,
    y: i32,
}

fn norm1(p: P) -> i32 {
    p.x.abs() + p.y.abs()
}

fn main() {
    let p = P { x: 3, y: -4 };
    println!("{} {} {:?}", norm1(p), norm1(p), p);
}
