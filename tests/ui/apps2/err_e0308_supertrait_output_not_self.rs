// the supertrait binds `Mul<Output = u8>`, so `a * b` on a `T: Scale` is a u8, not a T (E0308)
use std::ops::Mul;

trait Scale: Copy + Mul<Output = u8> {}

fn twice<T: Scale>(a: T, b: T) -> T {
    a * b
}

fn main() {}
