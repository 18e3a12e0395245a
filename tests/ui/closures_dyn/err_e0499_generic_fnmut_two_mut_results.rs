// `F: FnMut(&mut T) -> &mut i32`: two results alive borrow `x` mutably twice.
fn twice<T, F: FnMut(&mut T) -> &mut i32>(x: &mut T, mut f: F) {
    let a = f(x);
    let b = f(x);
    *a += 1;
    *b += 1;
}
fn main() { let mut v = vec![1]; twice(&mut v, |v| &mut v[0]); println!("{:?}", v); }
