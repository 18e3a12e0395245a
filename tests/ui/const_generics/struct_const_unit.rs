struct W<const N: usize>;

impl<const N: usize> W<N> {
    fn len(&self) -> usize {
        N
    }
}

fn main() {
    let w: W<3> = W;
    println!("{}", w.len());
}
