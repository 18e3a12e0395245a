// The orphan rule looks at `Self` first: a bare (or `&`-wrapped) type parameter before the
// first local type makes the impl foreign, even with a local type later.
struct Celsius(f64);

impl<T> From<Celsius> for T {
    fn from(_: Celsius) -> T {
        todo!()
    }
}

impl<T> PartialEq<Celsius> for &T {
    fn eq(&self, _: &Celsius) -> bool {
        false
    }
}

fn main() {}
