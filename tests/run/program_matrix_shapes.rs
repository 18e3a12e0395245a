// programs: generic matrix math with operator overloading, Default, and iterators over rows
use std::ops::{Add, Mul, Index, IndexMut};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }
    fn identity(n: usize) -> Self {
        let mut m = Matrix::new(n, n);
        for i in 0..n {
            m[(i, i)] = 1.0;
        }
        m
    }
    fn from_rows(rows: &[&[f64]]) -> Self {
        let mut m = Matrix::new(rows.len(), rows[0].len());
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                m[(r, c)] = *v;
            }
        }
        m
    }
    fn transpose(&self) -> Matrix {
        let mut t = Matrix::new(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t[(c, r)] = self[(r, c)];
            }
        }
        t
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = f64;
    fn index(&self, (r, c): (usize, usize)) -> &f64 {
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut f64 {
        &mut self.data[r * self.cols + c]
    }
}

impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, o: &Matrix) -> Matrix {
        Matrix { rows: self.rows, cols: self.cols, data: self.data.iter().zip(&o.data).map(|(a, b)| a + b).collect() }
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, o: &Matrix) -> Matrix {
        let mut out = Matrix::new(self.rows, o.cols);
        for i in 0..self.rows {
            for j in 0..o.cols {
                out[(i, j)] = (0..self.cols).map(|k| self[(i, k)] * o[(k, j)]).sum();
            }
        }
        out
    }
}

fn show(name: &str, m: &Matrix) {
    println!("{}:", name);
    for r in 0..m.rows {
        let row: Vec<String> = (0..m.cols).map(|c| format!("{:6.2}", m[(r, c)])).collect();
        println!("  [{}]", row.join(" "));
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]]);
    let b = a.transpose();
    show("a", &a);
    show("b", &b);
    let p = &a * &b;
    show("a*b", &p);
    let i = Matrix::identity(2);
    println!("{}", &p * &i == p);
    let s = &p + &i;
    show("p+i", &s);
    let trace: f64 = (0..s.rows).map(|k| s[(k, k)]).sum();
    println!("trace {}", trace);
    println!("{:?}", Matrix::identity(1));
}
