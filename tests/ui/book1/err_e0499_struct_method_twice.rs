// borrowing: keeping a &mut returned by a method while calling another &mut method
struct Board {
    cells: Vec<char>,
}

impl Board {
    fn cell_mut(&mut self, i: usize) -> &mut char {
        &mut self.cells[i]
    }
}

fn main() {
    let mut b = Board { cells: vec!['.'; 9] };
    let first = b.cell_mut(0);
    let second = b.cell_mut(4);
    *first = 'X';
    *second = 'O';
    println!("{:?}", b.cells);
}
