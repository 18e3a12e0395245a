// `dyn Fn(&mut Vec<i32>) -> &i32`: the shared result keeps the mutable borrow of `v` alive.
fn main() {
    let first: Box<dyn Fn(&mut Vec<i32>) -> &i32> = Box::new(|v| &v[0]);
    let mut v = vec![1];
    let r = first(&mut v);
    v.push(2);
    println!("{}", r);
}
