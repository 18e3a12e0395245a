// A blanket impl over `T: Display` conflicts with an impl for `Vec<u8>`: std could add
// `impl Display for Vec<u8>` in a future version, so coherence cannot rely on its absence.
use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("<{}>", self)
    }
}

impl Describe for Vec<u8> {
    fn describe(&self) -> String {
        format!("{} bytes", self.len())
    }
}

fn main() {
    println!("{}", 5.describe());
}
