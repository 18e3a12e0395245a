// borrowing: a mutable row borrow live while another row is read
fn main() {
    let mut grid = vec![vec![0; 2]; 2];
    let row = &mut grid[0];
    let other = &grid[1];
    row[1] = 5;
    println!("{:?}", other);
}
