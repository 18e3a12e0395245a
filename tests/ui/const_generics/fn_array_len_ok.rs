fn first<const N: usize>(a: [i32; N]) -> [i32; N] {
    a
}

fn main() {
    let r: [i32; 2] = first([1, 2]);
    let s = first([7, 8, 9]);
    println!("{:?} {:?}", r, s);
}
