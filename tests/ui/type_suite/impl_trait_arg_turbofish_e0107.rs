fn show(x: impl std::fmt::Display) { println!("{}", x); }
fn main() {
    show::<u8>(3);
}
