trait Monoid {
    fn zero() -> Self;
    fn combine(&self, other: &Self) -> Self;
}

impl Monoid for i64 {
    fn zero() -> i64 {
        0
    }
    fn combine(&self, other: &i64) -> i64 {
        self + other
    }
}

impl Monoid for String {
    fn zero() -> String {
        String::new()
    }
    fn combine(&self, other: &String) -> String {
        format!("{}{}", self, other)
    }
}

fn fold_all<M: Monoid>(xs: &[M]) -> M {
    xs.iter().fold(M::zero(), |acc, x| acc.combine(x))
}

fn main() {
    println!("{}", fold_all(&[1i64, 2, 3]));
    println!("{}", fold_all(&["a".to_string(), "b".to_string()]));
}
