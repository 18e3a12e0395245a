// operator overloading (Add, Sub, Mul, Neg, AddAssign), derive(Copy, PartialEq, Default), Display
use std::fmt;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Vec2 {
    x: i32,
    y: i32,
}

impl Vec2 {
    fn new(x: i32, y: i32) -> Self {
        Vec2 { x, y }
    }
    fn manhattan(self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, o: Vec2) -> Vec2 {
        Vec2::new(self.x + o.x, self.y + o.y)
    }
}

impl Sub for Vec2 {
    type Output = Vec2;
    fn sub(self, o: Vec2) -> Vec2 {
        Vec2::new(self.x - o.x, self.y - o.y)
    }
}

impl Mul<i32> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: i32) -> Vec2 {
        Vec2::new(self.x * k, self.y * k)
    }
}

impl Neg for Vec2 {
    type Output = Vec2;
    fn neg(self) -> Vec2 {
        Vec2::new(-self.x, -self.y)
    }
}

impl AddAssign for Vec2 {
    fn add_assign(&mut self, o: Vec2) {
        self.x += o.x;
        self.y += o.y;
    }
}

impl fmt::Display for Vec2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{}, {}>", self.x, self.y)
    }
}

fn main() {
    let a = Vec2::new(3, -4);
    let b = Vec2 { x: 1, y: 2 };
    let origin = Vec2::default();
    println!("a + b = {}", a + b);
    println!("a - b = {}", a - b);
    println!("b * 5 = {}", b * 5);
    println!("-a = {}", -a);
    println!("|a| = {}", a.manhattan());
    println!("origin is default: {}", origin == Vec2::new(0, 0));

    let moves = [Vec2::new(1, 0), Vec2::new(0, 1), Vec2::new(-2, 3), Vec2::new(4, -1)];
    let mut pos = origin;
    for (i, m) in moves.iter().enumerate() {
        pos += *m;
        println!("step {}: {}", i, pos);
    }
    let sum = moves.iter().fold(Vec2::default(), |acc, &m| acc + m);
    println!("fold sum {:?}, equal: {}", sum, sum == pos);
    let far = moves.iter().max_by_key(|m| m.manhattan()).unwrap();
    println!("farthest move {}", far);
}
