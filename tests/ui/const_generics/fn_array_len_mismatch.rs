fn first<const N: usize>(a: [i32; N]) -> [i32; N] {
    a
}

fn main() {
    let r: [i32; 3] = first([1, 2]);
    println!("{:?}", r);
}
