// advanced traits: implementing a foreign trait for a foreign type (orphan rule), not a newtype
use std::fmt;

impl fmt::Display for Vec<String> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.join(", "))
    }
}

fn main() {
    let v = vec![String::from("a")];
    println!("{}", v);
}
