fn f<const N: usize>() -> usize {
    N
}

fn main() {
    println!("{}", f::<1, 2>());
}
