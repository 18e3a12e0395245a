// lifetimes: mutable references returned by a function used one after another
fn first<'a>(v: &'a mut Vec<i32>) -> &'a mut i32 { &mut v[0] }
fn main() {
    let mut v = vec![1, 2];
    let a = first(&mut v);
    *a += 1;
    let b = first(&mut v);
    *b += 1;
    println!("{:?}", v);
}
