fn inner<const M: usize>() -> usize {
    M + 1
}

fn outer<const N: usize>() -> usize {
    inner::<N>() * 10
}

fn main() {
    println!("{}", outer::<4>());
    println!("{}", outer::<7>());
}
