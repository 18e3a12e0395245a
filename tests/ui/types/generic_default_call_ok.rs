#[derive(Debug, Default)]
struct Pair<T> {
    a: T,
    b: T,
}

fn sum_generic<T: std::ops::Add<Output = T> + Default + Copy>(xs: &[T]) -> T {
    let mut acc = T::default();
    for x in xs {
        acc = acc + *x;
    }
    acc
}

fn main() {
    println!("{} {}", sum_generic(&[1, 2, 3]), sum_generic(&[0.5, 0.25]));
    let q: Pair<String> = Pair::default();
    println!("{:?}", q);
}
