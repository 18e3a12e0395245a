fn f<const N: usize>() -> N {
    N
}

fn main() {}
