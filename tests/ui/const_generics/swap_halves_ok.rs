fn rev<T: Copy + Default, const N: usize>(xs: [T; N]) -> [T; N] {
    let mut out = [T::default(); N];
    let mut i = 0;
    while i < N {
        out[N - 1 - i] = xs[i];
        i += 1;
    }
    out
}

fn main() {
    println!("{:?}", rev([1, 2, 3, 4, 5]));
    println!("{:?}", rev(['a', 'b']));
}
