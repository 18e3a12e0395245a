enum A { X }
enum B { Y }
fn main() {
    let a = A::X;
    match a { B::Y => {} }
}
