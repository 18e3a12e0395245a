// a dense matrix type with multiplication, transpose, identity and a Display implementation
use std::fmt;

#[derive(Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn from_rows(rows: &[&[i64]]) -> Matrix {
        let cols = rows[0].len();
        let data = rows.iter().flat_map(|r| r.iter().copied()).collect();
        Matrix { rows: rows.len(), cols, data }
    }

    fn identity(n: usize) -> Matrix {
        let mut m = Matrix { rows: n, cols: n, data: vec![0; n * n] };
        for i in 0..n {
            m.data[i * n + i] = 1;
        }
        m
    }

    fn at(&self, r: usize, c: usize) -> i64 {
        self.data[r * self.cols + c]
    }

    fn mul(&self, other: &Matrix) -> Option<Matrix> {
        if self.cols != other.rows {
            return None;
        }
        let mut out = vec![0; self.rows * other.cols];
        for r in 0..self.rows {
            for c in 0..other.cols {
                out[r * other.cols + c] = (0..self.cols).map(|k| self.at(r, k) * other.at(k, c)).sum();
            }
        }
        Some(Matrix { rows: self.rows, cols: other.cols, data: out })
    }

    fn transpose(&self) -> Matrix {
        let mut data = Vec::with_capacity(self.data.len());
        for c in 0..self.cols {
            for r in 0..self.rows {
                data.push(self.at(r, c));
            }
        }
        Matrix { rows: self.cols, cols: self.rows, data }
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:3}", self.at(r, c))).collect();
            writeln!(f, "[{}]", row.join(" "))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1, 2, 3], &[4, 5, 6]]);
    let b = a.transpose();
    print!("a =\n{}", a);
    print!("a^T =\n{}", b);
    let p = a.mul(&b).unwrap();
    print!("a * a^T =\n{}", p);
    println!("a * a defined: {}", a.mul(&a).is_some());
    println!("p * I == p: {}", p.mul(&Matrix::identity(2)).unwrap() == p);
}
