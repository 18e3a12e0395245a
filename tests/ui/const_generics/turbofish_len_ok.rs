fn make<const N: usize>(a: [u8; N]) -> usize {
    a.len() + N
}

fn main() {
    let n = make::<3>([1, 2, 3]);
    println!("{}", n);
}
