// a sparse matrix stored as a HashMap of (row, col) cells with addition, scaling and a sorted dump
use std::collections::HashMap;

#[derive(Debug, Default)]
struct Sparse {
    cells: HashMap<(usize, usize), i64>,
}

impl Sparse {
    fn set(&mut self, r: usize, c: usize, v: i64) {
        if v == 0 {
            self.cells.remove(&(r, c));
        } else {
            self.cells.insert((r, c), v);
        }
    }

    fn get(&self, r: usize, c: usize) -> i64 {
        self.cells.get(&(r, c)).copied().unwrap_or(0)
    }

    fn add(&self, other: &Sparse) -> Sparse {
        let mut out = Sparse::default();
        for (&(r, c), v) in self.cells.iter().chain(other.cells.iter()) {
            let cur = out.get(r, c);
            out.set(r, c, cur + v);
        }
        out
    }

    fn scale(&mut self, k: i64) {
        for v in self.cells.values_mut() {
            *v *= k;
        }
        self.cells.retain(|_, v| *v != 0);
    }

    fn dump(&self) -> Vec<String> {
        let mut keys: Vec<&(usize, usize)> = self.cells.keys().collect();
        keys.sort();
        keys.iter().map(|k| format!("({},{})={}", k.0, k.1, self.cells[*k])).collect()
    }
}

fn main() {
    let mut a = Sparse::default();
    let mut b = Sparse::default();
    for i in 0..4 {
        a.set(i, i, 2);
        b.set(i, 3 - i, -1);
    }
    b.set(1, 1, -2);
    let sum = a.add(&b);
    println!("sum {:?}", sum.dump());
    a.scale(5);
    println!("a*5 {:?}", a.dump());
    a.scale(0);
    println!("a*0 has {} cells; get(2,2)={}", a.cells.len(), a.get(2, 2));
    let trace: i64 = (0..4).map(|i| sum.get(i, i)).sum();
    println!("trace of sum {}", trace);
}
