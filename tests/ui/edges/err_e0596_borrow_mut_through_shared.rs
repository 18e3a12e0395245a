// calling a `&mut self` method on a field reached through a shared reference
fn add(v: &Vec<i32>) {
    let inner: &Vec<i32> = v;
    inner.push(1);
}
fn main() {
    let v = vec![];
    add(&v);
    println!("{:?}", v);
}
