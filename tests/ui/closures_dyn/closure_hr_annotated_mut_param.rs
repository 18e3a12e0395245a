// `|v: &mut Vec<i32>| v` cannot return its annotated argument: its lifetime is not the result's.
fn main() {
    let f = |v: &mut Vec<i32>| v;
    let mut v = vec![1];
    f(&mut v).push(2);
    println!("{:?}", v);
}
