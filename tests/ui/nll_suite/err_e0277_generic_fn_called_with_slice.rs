// an implicitly Sized type parameter cannot be a slice
fn count<T: Clone>(items: &T) -> usize { let _ = items.clone(); 1 }
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", count(&v[..]));
}
