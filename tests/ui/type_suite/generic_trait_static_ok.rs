trait Zero { fn zero() -> Self; }
impl Zero for i32 { fn zero() -> i32 { 0 } }
impl Zero for f64 { fn zero() -> f64 { 0.0 } }
fn sum<T: Zero + std::ops::Add<Output = T> + Copy>(xs: &[T]) -> T {
    xs.iter().fold(T::zero(), |a, &b| a + b)
}
fn main() { println!("{} {}", sum(&[1, 2, 3]), sum(&[0.5, 0.25])); }
