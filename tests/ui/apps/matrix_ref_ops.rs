// operator overloading on references: impl Mul<&Matrix> for &Matrix, Index/IndexMut, PartialEq derive
use std::ops::{Add, Index, IndexMut, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    n: usize,
    cells: Vec<i64>,
}

impl Matrix {
    fn identity(n: usize) -> Matrix {
        let mut m = Matrix { n, cells: vec![0; n * n] };
        for i in 0..n {
            m[(i, i)] = 1;
        }
        m
    }
    fn from_rows(rows: &[&[i64]]) -> Matrix {
        Matrix { n: rows.len(), cells: rows.iter().flat_map(|r| r.iter().copied()).collect() }
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = i64;
    fn index(&self, (r, c): (usize, usize)) -> &i64 {
        &self.cells[r * self.n + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 {
        &mut self.cells[r * self.n + c]
    }
}

impl<'a> Mul<&'a Matrix> for &'a Matrix {
    type Output = Matrix;
    fn mul(self, o: &Matrix) -> Matrix {
        let mut out = Matrix { n: self.n, cells: vec![0; self.n * self.n] };
        for i in 0..self.n {
            for j in 0..self.n {
                out[(i, j)] = (0..self.n).map(|k| self[(i, k)] * o[(k, j)]).sum();
            }
        }
        out
    }
}

impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, o: &Matrix) -> Matrix {
        Matrix { n: self.n, cells: self.cells.iter().zip(&o.cells).map(|(a, b)| a + b).collect() }
    }
}

fn power(m: &Matrix, mut e: u32) -> Matrix {
    let mut result = Matrix::identity(m.n);
    let mut base = m.clone();
    while e > 0 {
        if e & 1 == 1 {
            result = &result * &base;
        }
        base = &base * &base;
        e >>= 1;
    }
    result
}

fn main() {
    let fib = Matrix::from_rows(&[&[1, 1], &[1, 0]]);
    for e in [1, 5, 10, 50] {
        println!("fib({}) = {}", e, power(&fib, e)[(0, 1)]);
    }
    let a = Matrix::from_rows(&[&[1, 2], &[3, 4]]);
    let sum = &a + &Matrix::identity(2);
    println!("a + I = {:?}", sum.cells);
    println!("a * I == a: {}", &a * &Matrix::identity(2) == a);
    let mut b = a.clone();
    b[(1, 0)] = -3;
    println!("b = {:?}, trace {}", b.cells, b[(0, 0)] + b[(1, 1)]);
}
