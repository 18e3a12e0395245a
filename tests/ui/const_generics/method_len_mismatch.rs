struct Grid<const W: usize>;

impl<const W: usize> Grid<W> {
    fn row(&self, r: [u8; W]) -> usize {
        r.len()
    }
}

fn main() {
    let g: Grid<3> = Grid;
    println!("{}", g.row([1, 2, 3, 4]));
}
