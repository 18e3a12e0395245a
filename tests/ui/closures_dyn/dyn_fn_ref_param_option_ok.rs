// `&dyn Fn(&[i32]) -> Option<&i32>` as a parameter, its result returned to the caller.
fn pick<'a>(v: &'a [i32], f: &dyn Fn(&[i32]) -> Option<&i32>) -> Option<&'a i32> {
    f(v)
}
fn main() {
    let v = vec![4, 9, 2];
    let m = pick(&v, &|s| s.iter().max());
    println!("{:?}", m);
}
