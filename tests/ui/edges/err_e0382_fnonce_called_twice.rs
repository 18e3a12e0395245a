// a closure that moves its capture out can only be called once
fn main() {
    let v = vec![1, 2];
    let consume = move || v;
    let a = consume();
    let b = consume();
    println!("{:?} {:?}", a, b);
}
