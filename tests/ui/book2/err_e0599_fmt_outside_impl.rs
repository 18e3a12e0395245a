// advanced traits: calling `fmt` on a value outside a Display impl, with the trait not imported
use std::fmt;

struct Tag(u8);

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "tag{}", self.0)
    }
}

struct Holder(Tag);

impl fmt::Debug for Holder {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

fn main() {
    println!("{:?}", Holder(Tag(1)));
}
