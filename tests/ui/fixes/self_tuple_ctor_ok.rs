// `Self(..)` and `Self` as constructors inside impls of tuple and unit structs
#[derive(Debug, Clone, PartialEq)]
struct Wrapper<T>(T, usize);

impl<T: Clone> Wrapper<T> {
    fn new(value: T) -> Self {
        Self(value, 0)
    }
    fn bumped(&self) -> Self {
        Self(self.0.clone(), self.1 + 1)
    }
    fn into_inner(self) -> T {
        let Self(value, _) = self;
        value
    }
}

#[derive(Debug)]
struct Marker;

impl Marker {
    fn make() -> Self {
        Self
    }
}

struct Name(String);

impl Name {
    fn shout(self) -> Self {
        let Name(s) = self;
        Self(s.to_uppercase())
    }
}

fn main() {
    let w = Wrapper::new(String::from("x")).bumped().bumped();
    println!("{:?}", w);
    println!("{}", w.clone().into_inner());
    println!("{:?}", Marker::make());
    let n = Name(String::from("hey")).shout();
    println!("{}", n.0);
    let makers: Vec<fn(i32, usize) -> Wrapper<i32>> = vec![Wrapper];
    println!("{:?}", makers[0](7, 1) == Wrapper(7, 1));
}
