struct Opaque;
fn make() -> impl std::fmt::Display { Opaque }
fn main() {}
