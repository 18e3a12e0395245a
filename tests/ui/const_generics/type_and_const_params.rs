use std::fmt::Debug;

fn show<T: Debug, const N: usize>(xs: [T; N]) {
    println!("{} items: {:?}", N, xs);
}

fn main() {
    show([1u8, 2, 3]);
    show(["a", "b"]);
}
