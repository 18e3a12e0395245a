// nll_accepts: a closure borrowing shared data is dead before the data changes
fn main() {
    let mut base = 10;
    let add = |x: i32| x + base;
    let r = add(5);
    base += 1;
    println!("{} {}", r, base);
}
