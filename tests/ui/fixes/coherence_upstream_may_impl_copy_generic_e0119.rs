// `Vec<T>: Copy` does not hold today, but only std may decide that: the impls overlap.
trait Duplicate {
    fn twice(&self) -> usize;
}

impl<T: Copy> Duplicate for T {
    fn twice(&self) -> usize {
        2
    }
}

impl<T> Duplicate for Vec<T> {
    fn twice(&self) -> usize {
        self.len() * 2
    }
}

fn main() {
    println!("{}", 3u8.twice());
}
