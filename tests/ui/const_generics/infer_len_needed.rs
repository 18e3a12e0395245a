fn count<const N: usize>() -> usize {
    N
}

fn main() {
    println!("{}", count());
}
