// borrowing: a mutable row borrow dead before another row is read
fn main() {
    let mut grid = vec![vec![0; 2]; 2];
    let row = &mut grid[0];
    row[1] = 5;
    let other = &grid[1];
    println!("{:?} {:?}", other, grid);
}
