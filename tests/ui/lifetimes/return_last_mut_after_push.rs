// lifetimes: a function pushes then returns a reference into the vector
fn pick(v: &mut Vec<i32>) -> &mut i32 {
    if v.is_empty() { v.push(0); }
    v.last_mut().unwrap()
}
fn main() {
    let mut v = vec![];
    *pick(&mut v) += 5;
    println!("{:?}", v);
}
