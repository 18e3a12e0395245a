// passing a `&mut` to a generic parameter moves it instead of reborrowing
fn take<T: std::fmt::Debug>(t: T) { println!("{:?}", t); }
fn main() {
    let mut v = vec![1];
    let x = &mut v;
    take(x);
    x.push(2);
    println!("{:?}", v);
}
