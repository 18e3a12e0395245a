// run-time panic: explicit panic! with formatted message when an invariant check fails
#[derive(Debug)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i32>,
}

impl Matrix {
    fn new(rows: usize, cols: usize, data: Vec<i32>) -> Matrix {
        if data.len() != rows * cols {
            panic!("matrix {}x{} needs {} values, got {}", rows, cols, rows * cols, data.len());
        }
        Matrix { rows, cols, data }
    }

    fn get(&self, r: usize, c: usize) -> i32 {
        self.data[r * self.cols + c]
    }

    fn mul(&self, o: &Matrix) -> Matrix {
        assert_eq!(self.cols, o.rows, "dimension mismatch");
        let mut out = vec![0; self.rows * o.cols];
        for i in 0..self.rows {
            for j in 0..o.cols {
                out[i * o.cols + j] = (0..self.cols).map(|k| self.get(i, k) * o.get(k, j)).sum();
            }
        }
        Matrix::new(self.rows, o.cols, out)
    }
}

fn main() {
    let a = Matrix::new(2, 3, vec![1, 2, 3, 4, 5, 6]);
    let b = Matrix::new(3, 2, vec![7, 8, 9, 10, 11, 12]);
    let c = a.mul(&b);
    println!("{:?}", c.data);
    for r in 0..c.rows {
        let row: Vec<String> = (0..c.cols).map(|k| c.get(r, k).to_string()).collect();
        println!("[{}]", row.join(" "));
    }
    let bad = Matrix::new(2, 2, vec![1, 2, 3]);
    println!("unreachable {:?}", bad);
}
