// nll_accepts: an element read by value, then written back through indexing
fn main() {
    let mut cells = [1, 2, 3, 4];
    for i in 1..cells.len() {
        let prev = cells[i - 1];
        cells[i] += prev;
    }
    println!("{:?}", cells);
}
