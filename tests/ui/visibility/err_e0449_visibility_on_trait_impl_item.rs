// Trait impl items and enum variants take their visibility from the trait / enum.
trait Describe {
    fn describe(&self) -> String;
}

struct Point {
    x: i32,
}

impl Describe for Point {
    pub fn describe(&self) -> String {
        format!("({})", self.x)
    }
}

enum Signal {
    pub(crate) Red,
    Green,
}

fn main() {
    let p = Point { x: 1 };
    println!("{}", p.describe());
    let _ = (Signal::Red, Signal::Green);
}
