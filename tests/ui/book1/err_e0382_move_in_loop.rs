// ownership: a Vec moved into a function inside a loop
fn consume(batch: Vec<u32>) -> u32 {
    batch.iter().sum()
}

fn main() {
    let batch = vec![1, 2, 3];
    let mut total = 0;
    for round in 0..3 {
        total += consume(batch) * round;
    }
    println!("{total}");
}
