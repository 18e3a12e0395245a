// Returning `impl Fn` that owns its capture (`move`).
fn adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}
fn main() {
    let add5 = adder(5);
    println!("{} {}", add5(1), add5(10));
}
