// lifetimes: an impl Fn + '_ holding a borrow used after the borrowed value changes
fn make_adder(base: &i32) -> impl Fn(i32) -> i32 + '_ { move |x| x + base }
fn main() {
    let mut b = 10;
    let f = make_adder(&b);
    b += 1;
    println!("{}", f(1));
}
