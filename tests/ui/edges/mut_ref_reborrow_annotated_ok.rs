// an annotated `let` or a non-generic parameter reborrows a `&mut` instead of moving it
fn add(v: &mut Vec<i32>, x: i32) { v.push(x); }
fn main() {
    let mut v = vec![1];
    let x = &mut v;
    let y: &mut Vec<i32> = x;
    y.push(2);
    add(x, 3);
    add(x, 4);
    x.push(5);
    println!("{:?}", v);
}
