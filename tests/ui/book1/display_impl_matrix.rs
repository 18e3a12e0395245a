// traits: implementing Display for a struct, to_string, formatting width and precision
use std::fmt;

struct Matrix {
    rows: Vec<Vec<f32>>,
}

impl Matrix {
    fn identity(n: usize) -> Matrix {
        let mut rows = vec![vec![0.0; n]; n];
        for i in 0..n {
            rows[i][i] = 1.0;
        }
        Matrix { rows }
    }

    fn transpose(&self) -> Matrix {
        let n = self.rows.len();
        let m = self.rows[0].len();
        let mut out = vec![vec![0.0; n]; m];
        for i in 0..n {
            for j in 0..m {
                out[j][i] = self.rows[i][j];
            }
        }
        Matrix { rows: out }
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.rows {
            let cells: Vec<String> = row.iter().map(|x| format!("{:5.1}", x)).collect();
            writeln!(f, "[{}]", cells.join(" "))?;
        }
        Ok(())
    }
}

fn main() {
    let m = Matrix { rows: vec![vec![1.1, 1.2, 1.3], vec![2.1, 2.2, 2.3]] };
    print!("{m}");
    print!("{}", m.transpose());
    let i = Matrix::identity(2);
    let s = i.to_string();
    println!("{} chars", s.len());
    println!("[{:>8}] [{:<6}] [{:^7}] [{:08.3}]", "right", "left", "mid", 3.14159);
    println!("{:x} {:b} {:o} {:e}", 255, 5, 8, 1234.5);
}
