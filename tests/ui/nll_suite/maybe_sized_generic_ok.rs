// ?Sized lets T be str or a slice
fn show<T: std::fmt::Debug + ?Sized>(t: &T) { println!("{:?}", t); }
fn main() {
    show("abc");
    show(&[1, 2][..]);
}
