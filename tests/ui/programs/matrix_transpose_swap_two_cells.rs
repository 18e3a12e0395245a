// an in-place square matrix transpose that takes two mutable borrows of cells of the same grid
fn show(grid: &[Vec<u32>]) {
    for row in grid {
        println!("{:?}", row);
    }
}

fn transpose(grid: &mut Vec<Vec<u32>>) {
    let n = grid.len();
    for i in 0..n {
        for j in (i + 1)..n {
            std::mem::swap(&mut grid[i][j], &mut grid[j][i]);
        }
    }
}

fn main() {
    let mut grid: Vec<Vec<u32>> = (0..3).map(|r| (0..3).map(|c| r * 3 + c).collect()).collect();
    show(&grid);
    transpose(&mut grid);
    show(&grid);
    let trace: u32 = (0..3).map(|i| grid[i][i]).sum();
    println!("trace {}", trace);
}
