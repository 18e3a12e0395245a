// advanced traits: operator overloading with std::ops, default generic params and associated types
use std::fmt;
use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: i32,
    y: i32,
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for Vec2 {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Vec2 { x: self.x - o.x, y: self.y - o.y }
    }
}

impl Mul<i32> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: i32) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

impl Neg for Vec2 {
    type Output = Vec2;
    fn neg(self) -> Vec2 {
        Vec2 { x: -self.x, y: -self.y }
    }
}

impl AddAssign for Vec2 {
    fn add_assign(&mut self, o: Vec2) {
        self.x += o.x;
        self.y += o.y;
    }
}

#[derive(Debug, Clone, Copy)]
struct Meters(f64);
#[derive(Debug, Clone, Copy)]
struct Feet(f64);

impl Add<Feet> for Meters {
    type Output = Meters;
    fn add(self, f: Feet) -> Meters {
        Meters(self.0 + f.0 * 0.3048)
    }
}

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.3}m", self.0)
    }
}

struct Grid {
    w: usize,
    cells: Vec<char>,
}

impl Index<(usize, usize)> for Grid {
    type Output = char;
    fn index(&self, (r, c): (usize, usize)) -> &char {
        &self.cells[r * self.w + c]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut char {
        &mut self.cells[r * self.w + c]
    }
}

fn main() {
    let a = Vec2 { x: 1, y: 2 };
    let b = Vec2 { x: 10, y: -3 };
    println!("{:?}", a + b);
    println!("{:?}", b - a);
    println!("{:?}", -(a * 3));
    let mut pos = a;
    pos += b;
    pos += b;
    println!("{:?} {}", pos, pos == Vec2 { x: 21, y: -4 });
    let total = Meters(2.0) + Feet(10.0);
    println!("{total}");
    let mut g = Grid { w: 3, cells: vec!['.'; 6] };
    g[(1, 2)] = '#';
    g[(0, 0)] = '@';
    let rows: Vec<String> = g.cells.chunks(g.w).map(|r| r.iter().collect()).collect();
    println!("{}", rows.join("\n"));
    println!("{}", g[(1, 2)]);
}
