fn pad<const N: usize>(x: u8) -> [u8; N] {
    [x; N]
}

fn main() {
    let a: [u8; 2] = pad::<3>(7);
    println!("{:?}", a);
}
