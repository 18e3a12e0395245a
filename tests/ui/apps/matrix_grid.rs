// 2D grid as Vec<Vec<char>>, neighbor counting with checked index math, game-of-life steps, const items
const W: usize = 6;
const H: usize = 5;
const ALIVE: char = '#';
const DEAD: char = '.';

fn parse(rows: &[&str]) -> Vec<Vec<char>> {
    rows.iter().map(|r| r.chars().collect()).collect()
}

fn neighbors(g: &[Vec<char>], r: usize, c: usize) -> usize {
    let mut n = 0;
    for dr in [-1i32, 0, 1] {
        for dc in [-1i32, 0, 1] {
            if dr == 0 && dc == 0 {
                continue;
            }
            let rr = r as i32 + dr;
            let cc = c as i32 + dc;
            if rr < 0 || cc < 0 || rr >= H as i32 || cc >= W as i32 {
                continue;
            }
            if g[rr as usize][cc as usize] == ALIVE {
                n += 1;
            }
        }
    }
    n
}

fn step(g: &Vec<Vec<char>>) -> Vec<Vec<char>> {
    let mut next = vec![vec![DEAD; W]; H];
    for r in 0..H {
        for c in 0..W {
            let n = neighbors(g, r, c);
            next[r][c] = match (g[r][c], n) {
                (ALIVE, 2) | (ALIVE, 3) => ALIVE,
                (DEAD, 3) => ALIVE,
                _ => DEAD,
            };
        }
    }
    next
}

fn show(g: &[Vec<char>]) {
    for row in g {
        println!("{}", row.iter().collect::<String>());
    }
}

fn main() {
    let mut grid = parse(&["......", "..#...", "...#..", ".###..", "......"]);
    for gen in 0..3 {
        let alive: usize = grid.iter().map(|r| r.iter().filter(|&&c| c == ALIVE).count()).sum();
        println!("gen {} alive {}", gen, alive);
        show(&grid);
        grid = step(&grid);
    }
    let transposed: Vec<String> = (0..W)
        .map(|c| (0..H).map(|r| grid[r][c]).collect())
        .collect();
    println!("transposed first col: {}", transposed[0]);
    let busiest = (0..H).max_by_key(|&r| grid[r].iter().filter(|&&c| c == ALIVE).count());
    println!("busiest row {:?}", busiest);
}
