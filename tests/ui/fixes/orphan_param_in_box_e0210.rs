// `Box` is fundamental: `Box<T>` leaves `T` uncovered, so std's `Display` cannot be implemented for it.
use std::fmt;

impl<T> fmt::Display for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "box")
    }
}

fn main() {}
