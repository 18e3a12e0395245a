struct Grid { cells: Vec<u8> }
fn main() {
    let g = Grid { cells: vec![1, 2] };
    println!("{}", g[0]);
}
