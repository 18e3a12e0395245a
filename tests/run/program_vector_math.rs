// 2D geometry: operator overloading (Add, Sub, Mul<f64>, Neg, AddAssign, Index, IndexMut),
// a user Iterator consumed by adapter chains, iter::successors / from_fn, partition, unzip,
// mem::swap / replace, slice patterns, labeled breaks
use std::fmt;
use std::iter;
use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V2 { x: f64, y: f64 }

impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for V2 { type Output = V2; fn sub(self, o: V2) -> V2 { V2 { x: self.x - o.x, y: self.y - o.y } } }
impl Mul<f64> for V2 { type Output = V2; fn mul(self, k: f64) -> V2 { V2 { x: self.x * k, y: self.y * k } } }
impl Neg for V2 { type Output = V2; fn neg(self) -> V2 { V2 { x: -self.x, y: -self.y } } }
impl AddAssign for V2 { fn add_assign(&mut self, o: V2) { self.x += o.x; self.y += o.y; } }
impl fmt::Display for V2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if let Some(p) = f.precision() {
            write!(f, "({:.*}, {:.*})", p, self.x, p, self.y)
        } else {
            write!(f, "({}, {})", self.x, self.y)
        }
    }
}

struct Polygon { pts: Vec<V2> }
impl Index<usize> for Polygon { type Output = V2; fn index(&self, i: usize) -> &V2 { &self.pts[i % self.pts.len()] } }
impl IndexMut<usize> for Polygon { fn index_mut(&mut self, i: usize) -> &mut V2 { let n = self.pts.len(); &mut self.pts[i % n] } }

struct Edges<'a> { poly: &'a Polygon, i: usize }
impl<'a> Iterator for Edges<'a> {
    type Item = (V2, V2);
    fn next(&mut self) -> Option<(V2, V2)> {
        if self.i >= self.poly.pts.len() { return None; }
        self.i += 1;
        Some((self.poly[self.i - 1], self.poly[self.i]))
    }
}

impl Polygon {
    fn edges(&self) -> Edges<'_> { Edges { poly: self, i: 0 } }
    fn area(&self) -> f64 {
        self.edges().map(|(a, b)| a.x * b.y - b.x * a.y).sum::<f64>().abs() / 2.0
    }
}

fn main() {
    let mut a = V2 { x: 1.0, y: 2.0 };
    let b = V2 { x: 0.5, y: -1.0 };
    a += b * 2.0;
    println!("{} {} {:.2} {}", a, -b, a - b, a == V2 { x: 2.0, y: 0.0 });

    let mut sq = Polygon { pts: vec![V2::default(), V2 { x: 2.0, y: 0.0 }, V2 { x: 2.0, y: 2.0 }, V2 { x: 0.0, y: 2.0 }] };
    println!("area {} wrap {}", sq.area(), sq[5]);
    sq[6] = V2 { x: 3.0, y: 3.0 };
    println!("area {:.1}", sq.area());
    let long: Vec<String> = sq.edges().filter(|(p, q)| (*q - *p).x.abs() > 1.5).map(|(p, _)| format!("{p:.0}")).collect();
    println!("{:?}", long);
    let (xs, ys): (Vec<f64>, Vec<f64>) = sq.pts.iter().map(|p| (p.x, p.y)).unzip();
    println!("{:?} {:?}", xs, ys);
    let (near, far): (Vec<&V2>, Vec<&V2>) = sq.pts.iter().partition(|p| p.x + p.y < 3.0);
    println!("{} near, {} far", near.len(), far.len());

    let halves: Vec<u32> = iter::successors(Some(100u32), |&n| if n > 1 { Some(n / 2) } else { None }).collect();
    println!("{:?}", halves);
    let mut state = (0u64, 1u64);
    let fib: Vec<u64> = iter::from_fn(|| { let r = state.0; state = (state.1, state.0 + state.1); Some(r) }).take_while(|&f| f < 60).collect();
    println!("{:?}", fib);

    let mut left = vec![1, 2];
    let mut right = vec![9];
    std::mem::swap(&mut left, &mut right);
    let old = std::mem::replace(&mut left, vec![]);
    println!("{:?} {:?} {:?}", left, right, old);

    for v in [&[][..], &[4][..], &[1, 2, 3][..], &[5, 6][..]] {
        let d = match v {
            [] => "empty".to_string(),
            [x] => format!("one {x}"),
            [first, .., last] if first < last => format!("rising {first}..{last}"),
            [first, rest @ ..] => format!("{first} then {}", rest.len()),
        };
        println!("{d}");
    }
    let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let found = 'outer: loop {
        for (r, row) in grid.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                if v * v > 30 { break 'outer Some((r, c)); }
            }
        }
        break None;
    };
    println!("{:?}", found);
}
