fn zeros<const N: usize>() -> [i32; N] {
    [0; N]
}

fn main() {
    let a: [i32; 4] = zeros();
    let d: [u8; 3] = Default::default();
    println!("{:?} {:?}", a, d);
}
