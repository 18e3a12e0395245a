// a `?Sized` parameter cannot be passed on to a function that needs it Sized
fn needs_sized<T: std::fmt::Debug>(x: &T) { println!("{:?}", x); }
fn relaxed<T: std::fmt::Debug + ?Sized>(x: &T) {
    needs_sized::<T>(x);
}
fn main() {
    relaxed("text");
}
