struct Opaque;
fn show<T: std::fmt::Display>(t: T) { println!("{}", t); }
fn main() {
    show(Opaque);
}
