// generics: comparing values of a generic type without a PartialOrd bound
fn max_of<T: Copy>(items: &[T]) -> T {
    let mut m = items[0];
    for &i in items {
        if i > m {
            m = i;
        }
    }
    m
}

fn main() {
    println!("{}", max_of(&[1, 5, 3]));
}
