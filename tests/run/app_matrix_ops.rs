// A small matrix type with operator overloading: Add, Sub, Mul (matrix and scalar), Neg,
// Index/IndexMut by (row, col), AddAssign, MulAssign and Display.
use std::fmt;
use std::ops::{Add, AddAssign, Index, IndexMut, Mul, MulAssign, Neg, Sub};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0; rows * cols] }
    }
    fn identity(n: usize) -> Self {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m[(i, i)] = 1;
        }
        m
    }
    fn from_rows(rows: &[&[i64]]) -> Self {
        let cols = rows[0].len();
        let data: Vec<i64> = rows.iter().flat_map(|r| r.iter().copied()).collect();
        Matrix { rows: rows.len(), cols, data }
    }
    fn transpose(&self) -> Matrix {
        let mut t = Matrix::zeros(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t[(c, r)] = self[(r, c)];
            }
        }
        t
    }
    fn trace(&self) -> i64 {
        (0..self.rows.min(self.cols)).map(|i| self[(i, i)]).sum()
    }
    fn pow(&self, mut n: u32) -> Matrix {
        let mut base = self.clone();
        let mut acc = Matrix::identity(self.rows);
        while n > 0 {
            if n & 1 == 1 {
                acc = &acc * &base;
            }
            base = &base * &base;
            n >>= 1;
        }
        acc
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = i64;
    fn index(&self, (r, c): (usize, usize)) -> &i64 {
        assert!(r < self.rows && c < self.cols, "index ({}, {}) out of {}x{}", r, c, self.rows, self.cols);
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 {
        &mut self.data[r * self.cols + c]
    }
}

impl<'a> Add for &'a Matrix {
    type Output = Matrix;
    fn add(self, o: &Matrix) -> Matrix {
        assert_eq!((self.rows, self.cols), (o.rows, o.cols));
        Matrix { rows: self.rows, cols: self.cols, data: self.data.iter().zip(&o.data).map(|(a, b)| a + b).collect() }
    }
}

impl Add for Matrix {
    type Output = Matrix;
    fn add(self, o: Matrix) -> Matrix {
        &self + &o
    }
}

impl Sub for Matrix {
    type Output = Matrix;
    fn sub(self, o: Matrix) -> Matrix {
        self + (-o)
    }
}

impl Neg for Matrix {
    type Output = Matrix;
    fn neg(mut self) -> Matrix {
        for v in self.data.iter_mut() {
            *v = -*v;
        }
        self
    }
}

impl<'a, 'b> Mul<&'b Matrix> for &'a Matrix {
    type Output = Matrix;
    fn mul(self, o: &'b Matrix) -> Matrix {
        assert_eq!(self.cols, o.rows, "shape mismatch");
        let mut out = Matrix::zeros(self.rows, o.cols);
        for i in 0..self.rows {
            for j in 0..o.cols {
                let mut s = 0;
                for k in 0..self.cols {
                    s += self[(i, k)] * o[(k, j)];
                }
                out[(i, j)] = s;
            }
        }
        out
    }
}

impl Mul<i64> for Matrix {
    type Output = Matrix;
    fn mul(mut self, k: i64) -> Matrix {
        self *= k;
        self
    }
}

impl MulAssign<i64> for Matrix {
    fn mul_assign(&mut self, k: i64) {
        self.data.iter_mut().for_each(|v| *v *= k);
    }
}

impl AddAssign<&Matrix> for Matrix {
    fn add_assign(&mut self, o: &Matrix) {
        for (a, b) in self.data.iter_mut().zip(o.data.iter()) {
            *a += *b;
        }
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:>5}", self[(r, c)])).collect();
            writeln!(f, "[{}]", row.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1, 2, 3], &[4, 5, 6]]);
    let b = Matrix::from_rows(&[&[7, 8], &[9, 10], &[11, 12]]);
    let c = &a * &b;
    print!("a*b =\n{}", c);
    print!("a^T =\n{}", a.transpose());
    let fib = Matrix::from_rows(&[&[1, 1], &[1, 0]]);
    for n in [1, 5, 10, 30, 50] {
        let p = fib.pow(n);
        println!("fib({}) = {}", n, p[(0, 1)]);
    }
    let mut acc = Matrix::identity(2);
    acc += &c;
    acc *= 2;
    print!("acc =\n{}", acc);
    let d = acc.clone() - Matrix::identity(2) * 3;
    print!("d =\n{}", d);
    println!("trace(d) = {}, equal to itself: {}", d.trace(), d == d.clone());
    println!("{:?}", -Matrix::identity(2));
    let bad = &a * &a;
    println!("unreachable {}", bad);
}
