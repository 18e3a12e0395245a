// lifetimes: returning data with the other named lifetime
fn second<'a, 'b>(x: &'a i32, y: &'b i32) -> &'b i32 {
    if *x > *y { x } else { y }
}

fn main() {
    let (a, b) = (1, 2);
    println!("{}", second(&a, &b));
}
