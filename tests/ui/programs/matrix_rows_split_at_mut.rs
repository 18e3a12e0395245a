// row operations on a grid using split_at_mut, swap and chunks_mut for Gaussian-style elimination
fn add_row(grid: &mut Vec<Vec<i64>>, src: usize, dst: usize, factor: i64) {
    if src < dst {
        let (top, bottom) = grid.split_at_mut(dst);
        for (d, s) in bottom[0].iter_mut().zip(top[src].iter()) {
            *d += factor * s;
        }
    } else {
        let (top, bottom) = grid.split_at_mut(src);
        for (d, s) in top[dst].iter_mut().zip(bottom[0].iter()) {
            *d += factor * s;
        }
    }
}

fn show(grid: &[Vec<i64>]) {
    for row in grid {
        let cells: Vec<String> = row.iter().map(|x| format!("{:4}", x)).collect();
        println!("{}", cells.join(""));
    }
    println!("--");
}

fn main() {
    let mut grid = vec![vec![2, 1, -1, 8], vec![-3, -1, 2, -11], vec![-2, 1, 2, -3]];
    show(&grid);
    add_row(&mut grid, 0, 1, 3);
    for x in grid[1].iter_mut() {
        *x *= 2;
    }
    add_row(&mut grid, 0, 2, 1);
    show(&grid);
    grid.swap(1, 2);
    add_row(&mut grid, 2, 0, -1);
    show(&grid);
    let mut flat: Vec<i64> = grid.concat();
    for chunk in flat.chunks_mut(4) {
        chunk.reverse();
    }
    println!("{:?}", flat);
    let diag: Vec<i64> = (0..3).map(|i| grid[i][i]).collect();
    println!("diagonal {:?}", diag);
}
