fn make<const N: usize>(a: [u8; N]) -> usize {
    a.len()
}

fn main() {
    let n = make::<3>([1, 2]);
    println!("{}", n);
}
