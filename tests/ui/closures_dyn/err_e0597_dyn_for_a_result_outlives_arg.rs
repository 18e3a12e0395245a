// `&dyn for<'a> Fn(&'a Vec<i32>) -> &'a i32`: the result borrows the vector that is dropped.
fn main() {
    let first: &dyn for<'a> Fn(&'a Vec<i32>) -> &'a i32 = &|v| &v[0];
    let r;
    {
        let v = vec![1, 2];
        r = first(&v);
    }
    println!("{}", r);
}
