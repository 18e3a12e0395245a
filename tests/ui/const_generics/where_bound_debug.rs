use std::fmt::Debug;

fn dump<T, const N: usize>(xs: &[T; N]) -> usize
where
    T: Debug,
{
    for x in xs.iter() {
        println!("{:?}", x);
    }
    N
}

fn main() {
    let v = [1.5, 2.5];
    println!("{}", dump(&v));
}
