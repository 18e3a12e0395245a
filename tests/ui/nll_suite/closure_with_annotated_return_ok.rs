// an explicit fn item relates the output to the input
fn id(x: &i32) -> &i32 { x }
fn main() {
    let f = id;
    let g = |x: &i32| *x + 1;
    let n = 3;
    println!("{} {}", f(&n), g(&n));
}
