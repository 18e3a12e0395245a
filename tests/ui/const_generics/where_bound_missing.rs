fn dump<T, const N: usize>(xs: [T; N]) {
    println!("{:?}", xs);
}

fn main() {
    dump([1, 2]);
}
