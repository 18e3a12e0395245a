use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Sub};
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V2 {
    x: f64,
    y: f64,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for V2 {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}

impl Mul<f64> for V2 {
    type Output = V2;
    fn mul(self, k: f64) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}

impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}

impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}

impl<'a> Add<&'a V2> for &'a V2 {
    type Output = V2;
    fn add(self, o: &V2) -> V2 {
        *self + *o
    }
}

struct Grid {
    w: usize,
    cells: Vec<u8>,
}

impl Index<(usize, usize)> for Grid {
    type Output = u8;
    fn index(&self, (r, c): (usize, usize)) -> &u8 {
        &self.cells[r * self.w + c]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut u8 {
        &mut self.cells[r * self.w + c]
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct Version {
    major: u32,
    minor: u32,
}

#[derive(Debug, Eq, PartialEq)]
struct ByLen(String);

impl PartialOrd for ByLen {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ByLen {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.len().cmp(&other.0.len()).then_with(|| self.0.cmp(&other.0))
    }
}

fn main() {
    let a = V2 { x: 1.0, y: 2.0 };
    let b = V2 { x: 0.5, ..Default::default() };
    let mut c = a + b - V2::default();
    c += a * 2.0;
    println!("{:?} {:?}", c, -c);
    println!("{:?}", &a + &b);
    println!("{}", a == b);
    let mut g = Grid { w: 3, cells: vec![0; 9] };
    g[(1, 2)] = 7;
    g[(0, 0)] += 1;
    println!("{} {}", g[(1, 2)], g[(0, 0)]);
    let mut vs = vec![Version { major: 1, minor: 2 }, Version { major: 0, minor: 9 }, Version { major: 1, minor: 0 }];
    vs.sort();
    println!("{:?}", vs);
    println!("{:?}", vs.iter().max());
    println!("{}", Version { major: 2, minor: 0 } > Version { major: 1, minor: 5 });
    let mut ws = vec![ByLen("ccc".into()), ByLen("a".into()), ByLen("bb".into())];
    ws.sort();
    println!("{:?}", ws);
    println!("{:?}", 3.cmp(&4));
    println!("{:?}", 2.5f64.partial_cmp(&1.0));
    let m = std::cmp::max(3, 9);
    let n = std::cmp::min("a", "b");
    println!("{} {}", m, n);
    let o = 1u8.checked_add(255);
    let w = 250u8.wrapping_add(10);
    let s = 250u8.saturating_add(10);
    println!("{:?} {} {}", o, w, s);
    println!("{}", 7 / 2 + 7 % 2 + (1 << 3) + (0xff & 0x0f) + (1 | 2) + (3 ^ 1));
}
