fn outer<T: Copy>(t: T) -> T {
    fn inner(x: T) -> T { x }
    inner(t)
}
fn main() {}
