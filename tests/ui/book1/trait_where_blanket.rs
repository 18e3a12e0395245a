// traits: where clauses, blanket impl over Display, derive and trait objects-free dispatch
use std::fmt::{Debug, Display};

trait Shout {
    fn shout(&self) -> String;
}

impl<T: Display> Shout for T {
    fn shout(&self) -> String {
        format!("{}!", self.to_string().to_uppercase())
    }
}

#[derive(Debug, Clone, PartialEq, PartialOrd, Default)]
struct Version {
    major: u32,
    minor: u32,
}

fn report<T, U>(t: &T, u: &U) -> String
where
    T: Display + Clone,
    U: Clone + Debug,
{
    let t2 = t.clone();
    format!("{t2} / {:?}", u.clone())
}

struct Pair<T> {
    a: T,
    b: T,
}

impl<T: Display + PartialOrd> Pair<T> {
    fn bigger(&self) {
        if self.a >= self.b {
            println!("bigger is a = {}", self.a);
        } else {
            println!("bigger is b = {}", self.b);
        }
    }
}

fn main() {
    println!("{}", "hello".shout());
    println!("{}", 42.shout());
    let v1 = Version { major: 1, minor: 2 };
    let v2 = Version { major: 1, minor: 10 };
    println!("{:?} < {:?}: {}", v1, v2, v1 < v2);
    println!("{:?}", Version::default());
    println!("{}", report(&"x", &v1));
    Pair { a: 3, b: 9 }.bigger();
    Pair { a: "zed", b: "abc" }.bigger();
}
