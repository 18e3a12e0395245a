#[derive(Clone, Copy, Debug)]
struct Vec2<const N: usize> {
    v: [f64; N],
}

fn norm1<const N: usize>(x: Vec2<N>) -> f64 {
    let mut s = 0.0;
    for i in 0..N {
        s += x.v[i].abs();
    }
    s
}

fn main() {
    let a: Vec2<2> = Vec2 { v: [1.0, -2.5] };
    let b = a;
    println!("{} {:?}", norm1(a), b);
}
