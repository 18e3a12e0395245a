// Conway's game of life on a wrapping grid with a Vec<bool> buffer, plus a glider census,
// a bitmask-encoded row fingerprint and cycle detection through a HashSet of states.
use std::collections::HashSet;
use std::fmt;

#[derive(Clone, PartialEq, Eq, Hash)]
struct Grid {
    w: usize,
    h: usize,
    cells: Vec<bool>,
}

impl Grid {
    fn new(w: usize, h: usize) -> Grid {
        Grid { w, h, cells: vec![false; w * h] }
    }
    fn from_art(art: &[&str]) -> Grid {
        let h = art.len();
        let w = art[0].len();
        let mut g = Grid::new(w, h);
        for (y, row) in art.iter().enumerate() {
            for (x, ch) in row.chars().enumerate() {
                g.set(x, y, ch == '#');
            }
        }
        g
    }
    fn idx(&self, x: usize, y: usize) -> usize {
        y * self.w + x
    }
    fn get(&self, x: isize, y: isize) -> bool {
        let xx = x.rem_euclid(self.w as isize) as usize;
        let yy = y.rem_euclid(self.h as isize) as usize;
        self.cells[self.idx(xx, yy)]
    }
    fn set(&mut self, x: usize, y: usize, v: bool) {
        let i = self.idx(x, y);
        self.cells[i] = v;
    }
    fn neighbours(&self, x: usize, y: usize) -> usize {
        let mut n = 0;
        for dy in -1..=1isize {
            for dx in -1..=1isize {
                if (dx, dy) != (0, 0) && self.get(x as isize + dx, y as isize + dy) {
                    n += 1;
                }
            }
        }
        n
    }
    fn step(&self) -> Grid {
        let mut next = Grid::new(self.w, self.h);
        for y in 0..self.h {
            for x in 0..self.w {
                let alive = self.cells[self.idx(x, y)];
                let n = self.neighbours(x, y);
                next.set(x, y, matches!((alive, n), (true, 2) | (true, 3) | (false, 3)));
            }
        }
        next
    }
    fn population(&self) -> usize {
        self.cells.iter().filter(|&&c| c).count()
    }
    fn row_masks(&self) -> Vec<u32> {
        self.cells.chunks(self.w).map(|row| row.iter().fold(0u32, |m, &c| (m << 1) | c as u32)).collect()
    }
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.cells.chunks(self.w) {
            let line: String = row.iter().map(|&c| if c { '#' } else { '.' }).collect();
            writeln!(f, "{}", line)?;
        }
        Ok(())
    }
}

fn run_until_cycle(mut g: Grid, limit: usize) -> (usize, usize) {
    let mut seen = HashSet::new();
    let mut history = Vec::new();
    for gen in 0..limit {
        if !seen.insert(g.clone()) {
            let first = history.iter().position(|h: &Grid| *h == g).unwrap();
            return (first, gen - first);
        }
        history.push(g.clone());
        g = g.step();
    }
    (limit, 0)
}

fn main() {
    let glider = Grid::from_art(&[".#....", "..#...", "###...", "......", "......", "......"]);
    let mut g = glider.clone();
    for gen in 0..4 {
        println!("gen {} pop {} masks {:?}", gen, g.population(), g.row_masks());
        g = g.step();
    }
    print!("{}", g);
    let blinker = Grid::from_art(&[".....", "..#..", "..#..", "..#..", "....."]);
    println!("blinker: {:?}", run_until_cycle(blinker, 10));
    println!("glider: {:?}", run_until_cycle(glider, 40));
    let block = Grid::from_art(&["....", ".##.", ".##.", "...."]);
    println!("block: {:?} stable={}", run_until_cycle(block.clone(), 5), block.step() == block);
    let mut r = Grid::from_art(&["........", "...##...", "..##....", "...#....", "........", "........"]);
    let mut pops = Vec::new();
    for _ in 0..12 {
        pops.push(r.population());
        r = r.step();
    }
    println!("r-pentomino pops {:?}", pops);
}
