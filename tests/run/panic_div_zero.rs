// panics: integer division by zero
fn average(total: u64, count: u64) -> u64 {
    total / count
}

fn main() {
    println!("{}", average(10, 3));
    println!("{}", -7 / 2);
    println!("{}", -7 % 3);
    println!("{}", average(5, 0));
}
