// lifetimes: an outlives bound lets the function return either reference
fn either<'a: 'b, 'b>(x: &'a i32, y: &'b i32) -> &'b i32 {
    if *x > *y { x } else { y }
}

fn main() {
    let (a, b) = (1, 2);
    println!("{}", either(&a, &b));
}
