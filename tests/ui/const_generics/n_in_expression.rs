fn twice<const N: usize>() -> usize {
    N * 2 + 1
}

fn main() {
    println!("{}", twice::<5>());
    println!("{}", twice::<0>());
}
