// lifetimes: borrowed constant tables (&[Some(..)], &Point { .. }, &[Dir::Up; 2]) live for 'static
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    Up,
    Down,
    Left,
    Right,
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

const STEP: i32 = 2;

fn opposite_pairs() -> &'static [(Dir, Dir)] {
    &[(Dir::Up, Dir::Down), (Dir::Left, Dir::Right)]
}

fn origin() -> &'static Point {
    &Point { x: 0, y: 0 }
}

fn corners() -> &'static [Point] {
    &[Point { x: -STEP, y: -STEP }, Point { x: STEP * 2, y: 10 / 2 }]
}

fn maybe_codes() -> &'static [Option<u8>] {
    &[Some(1), None, Some(3)]
}

fn default_route() -> &'static [Dir; 3] {
    &[Dir::Up; 3]
}

fn opposite(d: Dir) -> Dir {
    for &(a, b) in opposite_pairs() {
        if a == d {
            return b;
        }
        if b == d {
            return a;
        }
    }
    unreachable!()
}

fn main() {
    println!("{:?}", origin());
    for c in corners() {
        println!("corner ({}, {})", c.x, c.y);
    }
    let known: Vec<u8> = maybe_codes().iter().flatten().copied().collect();
    println!("{:?}", known);
    let back: Vec<Dir> = default_route().iter().map(|&d| opposite(d)).collect();
    println!("{:?} -> {:?}", default_route(), back);
    let first: &'static Option<Dir> = &Some(Dir::Left);
    println!("{:?} {:?}", first, opposite(Dir::Right));
}
