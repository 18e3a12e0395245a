// Impls over `[T; N]` with a const parameter: same-length comparisons, slices, a user trait.
trait Total {
    fn total(&self) -> i64;
}

impl<const N: usize> Total for [i64; N] {
    fn total(&self) -> i64 {
        self.iter().sum::<i64>()
    }
}

fn report<T: Total>(t: &T) -> i64 {
    t.total()
}

fn main() {
    let a = [1i64, 2, 3];
    let b = [1i64, 2, 3];
    let s: &[i64] = &b;
    println!("{} {} {}", a == b, a == *s, s == a);
    println!("{} {}", a.total(), report(&[10i64, 20]));
    let grid = [[0u8; 2]; 3];
    println!("{}", grid == [[0, 0], [0, 0], [0, 0]]);
}
