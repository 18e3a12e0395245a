const PRIMES: [u32; 4] = [2, 3, 5, 7];

fn main() {
    println!("{}", PRIMES.iter().sum::<u32>());
}
