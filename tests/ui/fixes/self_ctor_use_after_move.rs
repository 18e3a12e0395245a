// `Self(..)` moves its argument like any constructor
struct Name(String);

impl Name {
    fn twice(s: String) -> (Self, Self) {
        let a = Self(s);
        let b = Self(s);
        (a, b)
    }
}

fn main() {
    let (a, b) = Name::twice(String::from("x"));
    println!("{} {}", a.0, b.0);
}
