// advanced traits: inside `impl Display for X`, Display's own fmt is callable on fields without importing it
use std::fmt;

struct Inner(u8);
struct Outer {
    boxed: Box<Inner>,
    label: String,
}

impl fmt::Display for Inner {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

impl fmt::Display for Outer {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.label.fmt(f)?;
        f.write_str(" ")?;
        self.boxed.fmt(f)
    }
}

fn main() {
    let o = Outer { boxed: Box::new(Inner(5)), label: "slot".to_string() };
    println!("[{}]", o);
    println!("{:>8}|", o.to_string());
}
