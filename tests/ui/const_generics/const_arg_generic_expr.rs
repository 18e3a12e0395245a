fn f<const N: usize>() -> usize {
    N
}

fn g<const M: usize>() -> usize {
    f::<{ M + 1 }>()
}

fn main() {
    println!("{}", g::<2>());
}
