// A local type before any uncovered parameter satisfies the orphan rule; a parameter covered
// by `Vec` does not count as uncovered.
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Meters(u32);

impl<T: Into<u32>> Add<T> for Meters {
    type Output = Meters;
    fn add(self, rhs: T) -> Meters {
        Meters(self.0 + rhs.into())
    }
}

impl<T> Add<Meters> for Vec<T> {
    type Output = usize;
    fn add(self, rhs: Meters) -> usize {
        self.len() + rhs.0 as usize
    }
}

fn main() {
    let m = Meters(3) + 4u8;
    println!("{:?} {}", m, vec![1, 2] + m);
}
