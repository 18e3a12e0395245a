fn sum<const N: usize>(xs: [i64; N]) -> i64 {
    let mut total = 0;
    for i in 0..N {
        total += xs[i];
    }
    total
}

fn main() {
    println!("{}", sum([1, 2, 3, 4]));
    println!("{}", sum([10; 3]));
}
